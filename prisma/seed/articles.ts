// Seed articles for REEx Discussions.
// Sample content only: original prose written for demo purposes. Figures and
// characterisations are deliberately hedged and should not be cited as news.

export type SeedArticle = {
  slug: string; // kebab-case, unique
  title: string;
  category: "supply-chain" | "policy-geopolitics" | "markets" | "magnets-evs";
  author: "analyst" | "admin"; // keys of seed users
  publishedAt: string; // ISO date, between 2026-09-01 and 2026-11-20, all different
  excerpt: string; // 1-2 sentences, <= 240 chars
  highlights: string[]; // 3 to 5 bullets, plain text
  body: string; // markdown
};

export const articles: SeedArticle[] = [
  {
    slug: "ndpr-price-floor-debate",
    title: "Should the West Guarantee a Floor Under NdPr Prices? Weighing the Case For and Against",
    category: "markets",
    author: "analyst",
    publishedAt: "2026-11-20T09:00:00Z",
    excerpt:
      "Calls are growing to extend government-backed NdPr price floors beyond a single US producer. REEx looks at what a floor could fix, what it could break, and which design details matter most.",
    highlights: [
      "Policymakers are debating whether government-backed NdPr price floors should extend beyond the arrangement already in place for MP Materials.",
      "Supporters say a floor blunts China's ability to crash prices and makes new Western mines, separation plants and magnet lines bankable.",
      "Critics warn of open-ended taxpayer exposure, weaker cost discipline and a two-tier market that could raise input costs for Western magnet buyers.",
    ],
    body: `More than a year after the US Department of Defense agreed a long-term arrangement with MP Materials that reportedly included a minimum price for neodymium-praseodymium (NdPr) oxide, a broader question is moving from think-tank panels into budget discussions: should Western governments guarantee a floor under NdPr prices for every qualifying producer, not just one? Industry groups in the US, and reportedly some voices in Australia and Europe, argue that without such a backstop, the pipeline of non-Chinese projects will keep stalling at the financing stage. Skeptics counter that a floor risks turning a strategic industry into a permanent line item. Rare Earth Exchanges (REEx) sets out both sides.

## How We Got Here

NdPr is the workhorse input for the neodymium-iron-boron (NdFeB) magnets inside EV traction motors, wind turbine generators, industrial robots and a long list of defense systems. China mines the majority of the world's rare earths and separates and refines a much larger share still, according to the [USGS Mineral Commodity Summaries](https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information). That dominance gives Chinese producers, and the state planners behind them, significant influence over the global price.

Western producers have lived through several cycles in which prices spiked on supply fears and then fell sharply, often below what a new non-Chinese operation needs to cover its costs. Each slump tended to arrive just as projects were seeking debt finance. The Pentagon's 2025 arrangement with MP Materials, announced by the [Department of Defense](https://www.defense.gov/News/Releases/), was widely read as an attempt to break that pattern for at least one company. Advocates now want the model generalised.

## The Case For, and the Case Against

Proponents tend to make four arguments:

- **It removes a pricing weapon.** If a dominant, state-directed supplier can push prices below Western costs at will, a floor limits how much damage that tactic can do.
- **It makes projects bankable.** Lenders price risk. A credible minimum revenue per kilogram can unlock debt that would otherwise be unavailable or prohibitively expensive.
- **It is cheaper than a crisis.** Supporters argue that paying out in lean years is modest compared with the economic cost of magnet shortages hitting auto and defense production lines.
- **It signals staying power.** A multi-year policy tells downstream magnet makers and OEMs that Western oxide supply will still exist when their new plants come online.

Critics, including some free-market economists and a number of downstream buyers, raise equally serious objections:

- **Open-ended fiscal exposure.** If Chinese prices fall and stay low, the cost of honouring the floor rises, potentially giving Beijing indirect leverage over Western budgets.
- **Weaker cost discipline.** A guaranteed price can reduce the pressure on producers to adopt cheaper separation technologies or improve recoveries.
- **A two-tier market.** If Western oxide is priced off a floor while Chinese material is cheaper, magnet makers outside China may face higher input costs than their Chinese competitors, pushing production offshore rather than onshore.
- **Picking winners.** Eligibility rules decide who gets the backstop. Projects that miss the cut, including those in allied countries, may find capital even harder to raise.

## Design Questions That Matter More Than the Headline

In the view of REEx, whether to have a floor is less important than how it is built. A one-way guarantee funded indefinitely is a very different instrument from a two-way contract for difference, where producers are topped up when market prices fall below a strike price and pay money back when prices rise above it. Key questions include:

- What reference price is used, given that most published NdPr assessments track Chinese domestic trading?
- Is the strike fixed, indexed to audited costs, or set to decline on a schedule?
- Does the programme include a sunset date and a clawback mechanism?
- Are allied producers, for example in Australia or Canada, eligible when their material feeds US or European supply chains?
- Does the government take title to material, building a stockpile, or simply pay the difference in cash?

Each answer shifts who carries the risk: taxpayers, producers, or the magnet buyers further down the chain.

## Final Thoughts

A price floor is not a magic fix, and it is not an automatic boondoggle either. Designed carelessly, it could lock in high costs and hand a rival another lever to pull. Designed well, with symmetric payments, transparent benchmarks and a clear end date, it could be one of the more cost-effective tools for keeping a fragile Western supply chain alive through the next price slump. The details, not the slogan, will decide which outcome we get.

Where do you stand: a necessary backstop or an expensive mistake? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "lynas-heavy-rare-earths-push",
    title: "Lynas Leans Harder Into Heavy Rare Earths as Its Mount Weld Chain Matures",
    category: "supply-chain",
    author: "analyst",
    publishedAt: "2026-11-06T08:30:00Z",
    excerpt:
      "Lynas has spent years building a chain from Mount Weld through Kalgoorlie to Malaysia. Its growing focus on dysprosium and terbium may matter more to Western buyers than any headline NdPr volume.",
    highlights: [
      "Lynas continues to position itself as the largest separated rare earths producer outside China, with heavy rare earths an increasing focus.",
      "Dysprosium and terbium are small by volume but critical for high-temperature magnet performance in EVs and defense systems.",
      "Feedstock, processing chemistry and customer qualification remain the main hurdles to scaling non-Chinese heavy rare earth supply.",
    ],
    body: `Lynas Rare Earths has long been the proof point that rare earth separation at scale is possible outside China. Its chain runs from the Mount Weld deposit in Western Australia, through cracking and leaching at Kalgoorlie, to separation at its facility in Malaysia. In recent reporting periods, the company has placed growing emphasis on heavy rare earths, particularly dysprosium (Dy) and terbium (Tb). For Western magnet makers, that shift may prove more consequential than any incremental gain in NdPr output.

## Why Heavy Rare Earths Punch Above Their Weight

Neodymium and praseodymium make up the bulk of an NdFeB magnet by rare earth content, but small additions of dysprosium or terbium are what let those magnets hold their strength at the elevated temperatures inside traction motors and many military applications. Without them, designers must either accept lower performance or turn to more complex engineering workarounds.

Supply of separated Dy and Tb has historically been even more concentrated in China than light rare earths, and the heavy elements were among those placed under Chinese export licensing in 2025. That move, discussed at length on the [USGS rare earths information page](https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information) and elsewhere, reminded buyers that a few tonnes of a minor element can stall an entire production line.

## What Lynas Is Building

Based on the company's public statements on the [Lynas website](https://www.lynasrarearths.com/), the broad strategy includes:

- Expanding heavy rare earth separation capacity at its Malaysian operations, building on initial dysprosium and terbium production reported in 2025.
- Seeking additional heavy-rich feedstock, since Mount Weld ore is comparatively light-rare-earth dominant.
- Working with governments in Australia, the US and partner countries on offtake and financing support.
- Keeping options open for US-based processing, subject to commercial and policy terms.

None of this is simple. Heavy rare earth separation requires many more solvent extraction stages to achieve the purities magnet makers demand, and every new product needs to be qualified by customers who are understandably conservative about changing suppliers.

The hardest constraint may sit upstream. Mount Weld is a world-class deposit, but its heavy rare earth content is modest relative to ionic clay deposits in southern China and Myanmar, which have supplied much of the world's Dy and Tb. To scale meaningfully, Lynas and its peers will likely need third-party concentrates or mixed rare earth products from other projects, possibly from Australia, Africa or the Americas.

That creates a dependency on junior miners reaching production, which in turn depends on financing conditions. It also raises familiar questions about environmental standards, radioactive by-products such as thorium, and community consent wherever new feedstock is sourced. Australia's [Critical Minerals Strategy](https://www.industry.gov.au/publications/critical-minerals-strategy-2023-2030) frames midstream processing as a national priority, but policy intent and plant throughput are not the same thing.

## Implications for Western Buyers

For automakers and defense contractors, the practical takeaway is that a non-Chinese heavy rare earth supply is emerging, but slowly and in limited quantities. Buyers who want access are likely to need long-term offtake commitments rather than spot purchases. Some are also hedging through motor designs that reduce or eliminate heavy rare earth content, such as grain boundary diffusion techniques that place dysprosium only where it is most needed.

REEx notes that these two trends interact. The more successful demand-reduction engineering becomes, the smaller the market that new heavy rare earth separators must rely on, which could complicate their economics.

## Final Thoughts

Lynas has repeatedly shown that Western-aligned rare earth processing can survive volatile markets and political pressure. Its push into heavy rare earths is a logical next step and arguably the most strategically valuable one. The open questions are whether enough heavy-rich feedstock can be secured outside China, and whether buyers will commit early enough to justify the investment.

What do you make of Lynas's heavy rare earths strategy? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "china-export-control-pause-deadline",
    title: "China's Paused Rare Earth Controls Approach Their Deadline: Scenarios for Western Buyers",
    category: "policy-geopolitics",
    author: "admin",
    publishedAt: "2026-10-27T10:00:00Z",
    excerpt:
      "The one-year pause on China's expanded rare earth export controls is due to lapse in November. REEx outlines what could happen next and how magnet buyers are preparing.",
    highlights: [
      "China's sweeping October 2025 expansion of rare earth export controls was suspended for a year following US-China talks.",
      "Earlier licensing requirements on several medium and heavy rare earths and related magnets are understood to have remained in force.",
      "Buyers are stockpiling where they can and accelerating qualification of non-Chinese suppliers, but alternatives remain thin.",
    ],
    body: `Roughly a year ago, China's Ministry of Commerce agreed to suspend a sweeping expansion of rare earth export controls that it had announced in October 2025, following a round of high-level talks with the United States. That pause is now approaching its expiry date. For magnet makers, automakers and defense contractors outside China, the question is no longer whether Beijing can restrict supply, which 2025 demonstrated clearly, but how it will choose to use that capability in the months ahead.

## A Quick Recap of 2025

The year brought two distinct waves of policy:

- In April 2025, China added several medium and heavy rare earths, including samarium, dysprosium and terbium, along with certain magnets containing them, to its export licensing regime. Shipments slowed sharply while exporters waited for approvals.
- In October 2025, Beijing announced a broader set of measures, including additional elements, controls on related processing technologies, and provisions that appeared to reach products made outside China using Chinese-origin material or know-how.
- After US-China talks later that month, the October measures were suspended for one year, while the April licensing system, as generally understood, stayed in place with promises of smoother approvals.

Official notices are published by China's [Ministry of Commerce](https://english.mofcom.gov.cn/), though interpretation has often relied on trade lawyers and industry associations.

## Scenarios for November and Beyond

REEx sees at least three plausible paths, none of which should be treated as a forecast:

- **Quiet extension.** The pause is rolled forward, perhaps as part of a wider trade understanding. Licensing continues as the main lever, giving Beijing fine-grained control without the headlines.
- **Partial reinstatement.** Selected elements of the October package return, such as technology export restrictions, while the more contentious extraterritorial provisions stay on hold.
- **Full reinstatement.** The broader controls come back into force, likely in the context of a deterioration in trade relations. This would be the most disruptive outcome for Western magnet supply chains.

The outcome will likely depend less on rare earth markets themselves than on the broader state of US-China relations, including tariffs, semiconductor controls and diplomatic calendars.

## How Buyers Have Used the Pause

Conversations with industry participants suggest a few common responses, though practices vary widely:

- Building inventory of magnets and critical oxides where working capital allows.
- Dual-qualifying suppliers in Japan, Vietnam, Europe and the US, even at a price premium.
- Reviewing product designs to reduce heavy rare earth content.
- Mapping supply chains several tiers deep to identify hidden Chinese-origin inputs that could be caught by extraterritorial rules.

Government responses continue as well. In the US, the [Bureau of Industry and Security](https://www.bis.gov/) and defense agencies have been examining supply chain exposure, while allied governments have discussed coordinated stockpiling. How quickly these efforts translate into usable supply remains uncertain.

The suspension bought time, and some of that time has been used productively: new magnet lines in the US and Europe are further along, and more buyers understand their exposure. But a year is short in mining and processing terms. Separation plants and magnet factories take years to permit, build and qualify, and feedstock outside China remains limited, particularly for heavy rare earths.

In the view of REEx, the most important lesson of the past eighteen months is that licensing, rather than outright bans, is the more durable tool. It allows supply to be slowed, prioritised or conditioned without a formal embargo, and it creates uncertainty that alone can shape investment decisions.

## Final Thoughts

Whatever happens when the pause lapses, Western buyers should plan on the assumption that rare earth access from China will remain conditional. Diversification is underway but incomplete, and the coming months could test how much progress has actually been made since the shock of 2025.

How is your organisation preparing for the deadline? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "eu-crma-rare-earth-progress-check",
    title: "EU Critical Raw Materials Act: Rare Earth Ambitions Meet Permitting Reality",
    category: "policy-geopolitics",
    author: "analyst",
    publishedAt: "2026-10-09T09:15:00Z",
    excerpt:
      "The EU's Critical Raw Materials Act set 2030 benchmarks for extraction, processing and recycling. For rare earths, the gap between targets and operating plants remains wide.",
    highlights: [
      "The Critical Raw Materials Act sets 2030 benchmarks for EU extraction, processing and recycling, plus a cap on dependence on any single third country.",
      "Rare earth magnets are among the hardest categories to diversify, given China's dominance in separation and magnet manufacturing.",
      "Strategic project status promises faster permits and better access to finance, but execution is uneven across member states.",
    ],
    body: `When the European Union adopted its Critical Raw Materials Act (CRMA) in 2024, rare earths were one of the clearest motivations. Europe's wind, automotive and defense industries depend heavily on imported permanent magnets, most of them made in China from Chinese-processed materials. Two years on, the policy architecture is largely in place. The harder question is whether the plants, mines and recycling lines it was meant to accelerate are arriving fast enough.

## What the Act Requires

The CRMA sets non-binding benchmarks for 2030, described in detail on the [European Commission's CRMA page](https://single-market-economy.ec.europa.eu/sectors/raw-materials/areas-specific-interest/critical-raw-materials/critical-raw-materials-act_en):

- At least 10% of the EU's annual consumption of strategic raw materials extracted within the EU.
- At least 40% processed within the EU.
- At least 25% sourced from recycling.
- No more than 65% of any strategic raw material, at any relevant stage of processing, from a single third country.

It also created a "strategic project" designation, intended to give selected projects faster permitting timelines and better access to public and private finance. Several rare-earth-related projects, from mining to magnet recycling, have been selected in successive rounds.

## Where Rare Earths Stand

On rare earth magnets, the single-country benchmark is especially demanding. Europe has some important building blocks:

- Neo Performance Materials has developed a sintered magnet plant in Narva, Estonia, intended to supply European automotive and industrial customers.
- Separation know-how exists in Europe, including at facilities with a long history in rare earth chemistry.
- Magnet recycling start-ups in several member states are moving from pilot to early commercial scale.
- Deposits in Scandinavia and Greenland have drawn attention, though all face long development timelines and, in some cases, significant local opposition.

What Europe lacks is an integrated chain in which European or allied ore is separated, converted to metal and alloy, and made into magnets at meaningful scale. Metal-making in particular remains a narrow bottleneck outside China.

## Permits, Finance and Demand

The CRMA sets maximum permitting durations for strategic projects, but those deadlines depend on member-state administrations that may lack staff and expertise in mining and chemical processing. Environmental assessments for rare earth projects can be complex, particularly where ore contains naturally occurring radioactive elements. Local opposition is a real factor, and the Act does not override national or EU environmental law, nor should it.

Data on material flows is also patchy. The Commission's [Raw Materials Information System](https://rmis.jrc.ec.europa.eu/) provides useful background, but tracking progress towards the 65% benchmark requires a level of supply chain visibility many importers simply do not have.

Even a fully permitted project needs buyers. European magnet makers face competition from Chinese producers that benefit from integrated, lower-cost supply chains. Without some form of demand-side support, such as procurement preferences, long-term offtake from OEMs or content requirements, European producers risk building capacity that the market will not pay for. Discussions about a European stockpiling mechanism and joint purchasing have added another layer, but details remain fluid.

## Final Thoughts

The CRMA was a necessary step, and it has raised awareness of rare earth dependence across European industry and government. But benchmarks are not plants. In the view of REEx, the next phase will be judged on practical measures: how quickly strategic projects actually receive permits, whether OEMs sign binding offtake agreements, and whether Europe can close its gap in metal and alloy production before 2030.

Is the CRMA on track for rare earths, or already falling behind? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "us-magnet-plants-ramp-up",
    title: "From Fort Worth to Stillwater: Can US Magnet Plants Ramp Fast Enough for EV and Defense Demand?",
    category: "magnets-evs",
    author: "analyst",
    publishedAt: "2026-09-24T11:00:00Z",
    excerpt:
      "New NdFeB magnet lines in Texas and Oklahoma mark the return of US sintered magnet production. The ramp-up, not the ribbon-cutting, will determine whether they matter.",
    highlights: [
      "MP Materials in Fort Worth, Texas, and USA Rare Earth in Stillwater, Oklahoma, are among the companies working to restore domestic sintered magnet production.",
      "Magnet manufacturing ramp-ups are slow: yields, customer qualification and consistent feedstock all take time.",
      "Defense demand is small but strategic; EV demand is large but price-sensitive, creating different pressures for new producers.",
    ],
    body: `For the first time in decades, the United States is producing sintered neodymium-iron-boron (NdFeB) magnets at commercial scale again. MP Materials' Independence facility in Fort Worth, Texas, and USA Rare Earth's plant in Stillwater, Oklahoma, are the most visible examples, with other companies at earlier stages. Both have attracted political attention as symbols of supply chain resilience. But the hard part of magnet manufacturing is not opening a plant; it is running one reliably at high yield, month after month, to automotive-grade specifications.

## Why Magnets Are Hard

Sintered NdFeB magnet production involves a chain of demanding steps:

- Converting separated oxides to rare earth metal and alloy, a step long concentrated in China.
- Strip casting, hydrogen decrepitation and jet milling the alloy into fine powder under tightly controlled atmospheres.
- Pressing the powder in a magnetic field to align the grains, then sintering and heat treating.
- Machining, coating and magnetising finished parts to precise tolerances.

Each step affects magnetic performance, and small deviations can mean scrapped batches. Chinese producers have spent decades refining these processes at enormous scale. New Western plants are starting near the bottom of that learning curve, even when they license technology or hire experienced engineers.

## Two Very Different Customers

US magnet makers are serving two markets with different priorities.

**Defense** buyers care most about secure, traceable supply. Volumes are small relative to EVs, but the willingness to pay a premium is higher, and US procurement rules increasingly restrict Chinese-origin magnets in defense systems. That has been a key driver behind Department of Defense support for domestic production.

**Automotive** buyers care about cost, consistency and volume. A single EV platform can require more magnet material than many defense programmes combined. Automakers have signed supply agreements with US producers, including a widely reported arrangement between MP Materials and General Motors, but every car company also faces intense price competition, including from Chinese EV makers with access to lower-cost magnets.

## Feedstock, Integration and What to Watch

MP Materials benefits from vertical integration, with ore from Mountain Pass in California feeding its own separation and, increasingly, its own metal and magnet production. USA Rare Earth has described plans to source feedstock from its Round Top project in Texas over the longer term, while relying on third-party oxides and metals in the meantime. Details and timelines for both companies are available on their websites, including [MP Materials](https://mpmaterials.com/) and [USA Rare Earth](https://www.usarareearth.com/).

Heavy rare earths remain a weak link. Many EV traction motor magnets still need some dysprosium or terbium, and non-Chinese supply of these elements is limited. The [US Department of Energy](https://www.energy.gov/) has funded research into magnets with reduced heavy rare earth content, which could ease the constraint over time.

REEx suggests tracking a few signals over the next year:

- Announced versus actual output, where companies disclose it.
- New automotive qualifications, which typically take many months and signal real commercial traction.
- Progress on domestic metal and alloy production, the least visible but arguably most critical step.
- Pricing: whether US magnets can approach cost parity with imports, or will depend on policy support indefinitely.

## Final Thoughts

The return of US magnet manufacturing is a genuine milestone, but it is the start of a long ramp rather than the finish line. The companies involved will need patient customers, consistent feedstock and, quite possibly, continued government support before they can compete on cost. The next twelve to twenty-four months should reveal whether this is the foundation of a durable industry or a strategic niche.

Are you optimistic about US magnet production? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "samarium-cobalt-defense-bottleneck",
    title: "Samarium's Quiet Importance: Why Sm-Co Magnets Are a Defense Supply Chain Pressure Point",
    category: "magnets-evs",
    author: "admin",
    publishedAt: "2026-09-12T09:45:00Z",
    excerpt:
      "Samarium-cobalt magnets rarely make headlines, yet they sit inside guidance systems, aircraft actuators and other defense hardware. China's 2025 controls put samarium supply firmly on the radar.",
    highlights: [
      "Samarium-cobalt magnets are prized for stability at high temperatures and resistance to corrosion, making them common in defense and aerospace systems.",
      "Samarium was among the rare earths placed under Chinese export licensing in 2025, exposing a small but critical supply chain.",
      "Rebuilding non-Chinese samarium supply is technically feasible but commercially awkward, because the market is small.",
    ],
    body: `Most public debate about rare earth magnets focuses on neodymium-iron-boron (NdFeB), the high-volume magnet inside EVs and wind turbines. Samarium-cobalt (SmCo) magnets attract far less attention, yet for defense and aerospace engineers they are often the material of choice. When China placed samarium under export licensing in 2025, alongside several heavy rare earths, it highlighted how a niche element can become a strategic pressure point almost overnight.

## Why SmCo Matters

SmCo magnets are generally less powerful than the best NdFeB grades at room temperature, but they offer properties that matter enormously in demanding environments:

- They retain their magnetic performance at much higher operating temperatures.
- They resist corrosion well, reducing the need for protective coatings.
- They are highly stable over time and across temperature swings, which is valuable in precision guidance and sensing.

These characteristics make SmCo common in missile guidance and control actuators, aircraft systems, satellites, high-performance motors and certain medical and industrial devices. In many of these applications, switching to a different magnet type would require redesign and requalification, which can take years.

## A Small Market With Big Consequences

Samarium is a light-to-medium rare earth that appears in many rare earth ore bodies, including those mined outside China. The challenge is not geology but economics. Demand for samarium is small compared with NdPr, so separating and refining it to high purity has not been a priority for most non-Chinese producers. For years, it was simply cheaper to buy from China.

That left Western SmCo magnet makers, a handful of specialised companies in the US, Europe and Japan, dependent on a narrow supply chain for samarium metal. Cobalt, the other main ingredient, carries its own supply chain concerns, given the concentration of mining in the Democratic Republic of the Congo and refining in China. Background data on both elements is available from the [USGS National Minerals Information Center](https://www.usgs.gov/centers/national-minerals-information-center).

## Policy Responses and the Commercial Puzzle

The US government has several tools that could be applied to samarium:

- **Stockpiling.** The [Defense Logistics Agency](https://www.dla.mil/) manages the National Defense Stockpile and has historically held various strategic materials. Expanding samarium holdings could buffer short-term disruptions.
- **Direct investment.** Defense Production Act funding has supported rare earth separation and magnet projects; samarium separation and metal-making could be candidates.
- **Procurement rules.** Restrictions on Chinese-origin magnets in defense systems create guaranteed, if modest, demand for non-Chinese SmCo.

Allied coordination matters too. Japan and some European countries have SmCo manufacturing expertise, and pooled demand could make non-Chinese samarium separation more viable than any one country could manage alone.

The dilemma is familiar across critical minerals. A producer who invests in samarium separation outside China faces a small customer base and the risk that Chinese supply resumes at low prices once political tensions ease. In the view of REEx, this is a textbook case where some form of long-term offtake, potentially government-backed, may be needed to get capacity built at all. Producers that already separate light rare earths may be best placed, since samarium can be recovered as part of a broader flowsheet rather than from a standalone operation.

## Final Thoughts

Samarium will never command the attention of NdPr, and it does not need to. What it needs is a reliable, non-Chinese supply chain sized for the defense and aerospace systems that depend on it. Building that chain is not technically daunting, but it requires deliberate policy and patient buyers. The 2025 export controls offered a clear warning; whether it is heeded will become evident in the next few years.

Should samarium be a higher priority for Western policymakers? Join the conversation in the [REEx Forum](/forum).`,
  },
  {
    slug: "unconventional-feedstock-iluka-energy-fuels",
    title: "Mineral Sands and Uranium Mills: The Unconventional Routes to Western Rare Earth Feedstock",
    category: "supply-chain",
    author: "analyst",
    publishedAt: "2026-09-03T08:00:00Z",
    excerpt:
      "Not every Western rare earth project starts with a dedicated mine. Iluka's Eneabba refinery and Energy Fuels' White Mesa Mill show how by-product feedstock could fill part of the gap.",
    highlights: [
      "Monazite from mineral sands operations offers a rare earth feedstock that is already being mined as a by-product of other minerals.",
      "Iluka in Western Australia and Energy Fuels in Utah are both pursuing refining strategies built around monazite and existing infrastructure.",
      "Handling of thorium and uranium, and securing enough concentrate, remain central challenges for this model.",
    ],
    body: `When people picture a new rare earth supply chain, they often imagine a greenfield mine like Mountain Pass or Mount Weld. But some of the most interesting Western projects start elsewhere: with monazite, a rare-earth-bearing mineral that turns up in mineral sands deposits mined mainly for titanium and zirconium. Two companies in particular, Iluka Resources in Australia and Energy Fuels in the United States, are testing whether by-product feedstock and repurposed infrastructure can offer a faster, and potentially cheaper, route to separated rare earth oxides.

## Why Monazite Matters

Monazite is a phosphate mineral that can contain a meaningful share of rare earths, including NdPr and some heavier elements. It is already produced as part of mineral sands operations in several countries. That offers a few advantages:

- The ore is already being mined for other products, so rare earth recovery does not require a standalone mine.
- Monazite concentrates can contain a relatively favourable mix of magnet rare earths.
- Existing mineral sands producers have established logistics, permits and customer relationships.

The downside is radioactivity. Monazite typically contains thorium and some uranium, which must be safely managed, tracked and disposed of. This has historically been one reason many producers chose not to process it.

## Iluka in Western Australia, Energy Fuels in Utah

Iluka has been developing a rare earth refinery at Eneabba in Western Australia, supported by a substantial Australian Government loan under the country's critical minerals programme. The refinery is designed to process monazite from Iluka's stockpiles and operations, and potentially third-party feedstock, into separated oxides, including NdPr and heavy rare earths. Details of the project are published on [Iluka's website](https://www.iluka.com/).

The Eneabba model is significant because it pairs an existing stockpile of concentrate with government-backed finance, reducing two of the biggest risks facing new entrants. The key uncertainties are construction costs, commissioning timelines and the long-term availability of additional feedstock beyond what Iluka itself controls.

In Utah, Energy Fuels has taken a different route. Its White Mesa Mill, long used for uranium processing, is already licensed to handle radioactive materials. The company has used that advantage to process monazite, recover uranium, and produce rare earth products, including NdPr oxide, while exploring separation of heavier elements such as dysprosium and terbium. More information is available at [Energy Fuels](https://www.energyfuels.com/).

This approach turns a traditional obstacle into an asset: rather than treating thorium and uranium as pure liabilities, the mill is designed to manage them within an existing regulatory framework. Energy Fuels has also sought monazite supply from mineral sands projects in several countries, which could make its operations more international than its location suggests.

## The Limits of the Model

Monazite-based supply is promising, but it is unlikely to solve Western rare earth dependence on its own:

- Global monazite output is constrained by mineral sands production, which responds to titanium and zircon markets, not rare earth prices.
- Regulations on radioactive materials vary widely, complicating cross-border shipments of concentrate.
- Processing economics depend heavily on rare earth prices, which remain volatile and strongly influenced by Chinese supply.

In the view of REEx, monazite is best seen as one important strand in a broader diversification strategy rather than a complete answer.

## Final Thoughts

The Iluka and Energy Fuels strategies show that building a Western rare earth supply chain is not only about discovering new deposits. Sometimes it is about using existing resources, infrastructure and regulatory know-how in new ways. If these projects perform as hoped, they could add meaningful volumes of separated oxides outside China within a few years, and offer a template others could follow.

Is by-product feedstock an underrated part of the solution? Join the conversation in the [REEx Forum](/forum).`,
  },
];
