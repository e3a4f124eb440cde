// Seeded forum categories and threads (with threaded replies) for REEx Discussions.
// Sample content only: fictional, written for demo purposes.

export type SeedAuthor =
  "reader" | "analyst" | "moderator" | "admin" | "kwame" | "elena" | "hiro" | "sofia" | "liam" | "ngozi";

export type ForumSeedReply = { key: string; parent: string | null; author: SeedAuthor; body: string };

export type ForumSeedThread = {
  key: string; // short unique key, e.g. "ndpr-floor"
  category: string; // one of the forumCategories slugs
  author: "analyst" | "moderator" | "admin"; // only these start threads
  title: string; // 20-120 chars
  body: string; // markdown opening post, 300-900 chars
  tags: string[]; // 1-3 tags, lowercase letters/digits/hyphens only
  article?: string; // slug of the seeded article the thread discusses, when linked
  pinned?: boolean;
  locked?: boolean;
  replies: ForumSeedReply[]; // parent = key of an EARLIER reply in the same array, or null for a top-level reply
};

export const forumCategories: { slug: string; name: string; description: string }[] = [
  {
    slug: "supply-chain",
    name: "Supply Chain",
    description:
      "Mining, separation, metals and recycling: how rare earths move from ore to finished product, and where it breaks.",
  },
  {
    slug: "policy-geopolitics",
    name: "Policy & Geopolitics",
    description:
      "Export controls, trade measures, industrial policy and the diplomacy shaping who gets critical minerals, and when.",
  },
  {
    slug: "markets",
    name: "Markets",
    description:
      "Prices, contracts, offtakes and market structure for NdPr, heavy rare earths and other critical minerals.",
  },
  {
    slug: "magnets-evs",
    name: "Magnets & EVs",
    description: "Permanent magnets, motors and the EV, wind and defence demand that depends on them.",
  },
  {
    slug: "projects-companies",
    name: "Projects & Companies",
    description:
      "Individual mines, plants and producers: milestones, setbacks and what their progress means for supply.",
  },
];

export const forumThreads: ForumSeedThread[] = [
  // ---- 1. Long threaded debate (reaches 8 levels deep) ----
  {
    key: "ndpr-floor",
    category: "markets",
    author: "analyst",
    title: "An NdPr price floor: who actually pays, and does it survive contact with offtake contracts?",
    body: `Our article lays out the case for and against a government-backed NdPr price floor. I'd like this thread to go after the questions it leaves open. The 2025 US arrangement with MP Materials reportedly set a minimum of around **$110/kg** for NdPr oxide, well above where China-linked prices have mostly traded. If that model spreads, someone has to fund the gap.

Questions worth chewing on:

- **Who pays?** Taxpayers, magnet buyers through offtake premiums, or end users through a levy?
- **Offtake:** does a floor make bankable offtakes easier, or let buyers stop signing them?
- **Export controls:** does a floor matter if Beijing restricts supply rather than floods it?
- **Magnet makers:** whose margins get squeezed in the middle?

Please keep it sourced and specific.`,
    tags: ["ndpr", "price-floor", "offtake"],
    article: "ndpr-price-floor-debate",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "sofia",
        body: "Start with **who pays**, because everything else follows from it. If the floor is funded from the general budget, it's an industrial subsidy and should be debated like one. If it's funded by a levy on imported magnets, it's a tariff with extra steps. I'd honestly prefer the tariff version: at least the cost lands on the people who benefit from secure supply.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "kwame",
        body: "The tariff version has a practical problem: most of the NdPr that matters to us arrives already inside finished magnets or motors, not as oxide. A levy on oxide imports catches almost nothing. A levy on magnet content means tracing grams of neodymium through a drivetrain bill of materials, and customs isn't set up for that.",
      },
      {
        key: "r3",
        parent: "r2",
        author: "elena",
        body: "Which is an argument for *not* doing it, surely? If you can't even identify who benefits without building a new customs regime, the default becomes the general budget, and then we're back to an open-ended subsidy with no natural ceiling.",
      },
      {
        key: "r4",
        parent: "r3",
        author: "kwame",
        body: "Or it's an argument for doing it at the magnet level, where the contracts already are. The US deal didn't tax anyone; as reported, it paired the floor with a guaranteed offtake for magnet output. The buyer and the backstop were the same entity. That is a ceiling of sorts: the government only pays on volume it actually takes.",
      },
      {
        key: "r5",
        parent: "r4",
        author: "elena",
        body: 'That works when the buyer is a defence department and the volume is defence-sized. Scale it to EV traction motors and the "same entity" trick disappears. Automakers won\'t sign a ten-year take-or-pay at a premium while competitors buy cheaper magnets from China. So the state ends up as buyer of last resort for civilian volume too.',
      },
      {
        key: "r6",
        parent: "r5",
        author: "hiro",
        body: "Not necessarily. Japanese automakers have accepted long-dated, above-spot arrangements before, because a line stoppage costs far more than a magnet premium. The premium looks large per kilogram of oxide and small per vehicle. The real question is whether Western OEMs have been scared enough recently to think the same way.",
      },
      {
        key: "r7",
        parent: "r6",
        author: "elena",
        body: "*Scared enough* is doing a lot of work there, Hiro. Fear fades as soon as export licences start flowing again. I'd want to see those contracts survive one full cycle of falling Chinese prices before I believe the private sector will carry the premium without a public guarantee behind it.",
      },
      {
        key: "r8",
        parent: "r7",
        author: "kwame",
        body: "Fair, and that's exactly the stretch a floor is meant to cover: fear has faded but the risk hasn't. I'll concede one point, though. A floor with no sunset and no clawback is bad policy. Ten years, a declining level, and repayment when market prices run above it. Can we at least agree on that much?",
      },
      {
        key: "r9",
        parent: "r6",
        author: "liam",
        body: "Hiro's point holds for premium brands with fat margins per vehicle. It's much weaker for the budget EV segment, where a few hundred dollars of bill-of-materials cost decides whether a model exists at all. Those are exactly the buyers who will default to the cheapest magnet.",
      },
      {
        key: "r10",
        parent: "r3",
        author: "reader",
        body: "Reader question, not a position: does anyone know how large the gap would actually be in budget terms? Every argument here assumes it's either trivial or ruinous. Even a rough order of magnitude would help me follow the debate.",
      },
      {
        key: "r11",
        parent: "r10",
        author: "ngozi",
        body: "Rough and heavily hedged: non-Chinese NdPr output is still small, in the low tens of thousands of tonnes a year at most, and covered capacity would be less. A gap of $30-50/kg on a few thousand tonnes is tens of millions to low hundreds of millions of dollars a year. Not trivial, but modest next to most energy subsidies. It grows fast if capacity grows, which is rather the point.",
      },
      {
        key: "r12",
        parent: null,
        author: "hiro",
        body: "On offtake: the lesson from Japan after 2010 was that **financing plus offtake** did more than any price number. Japanese public support for Lynas came with buyers attached. A floor without named buyers just creates oxide that sits in a warehouse waiting for someone to turn it into magnets.",
      },
      {
        key: "r13",
        parent: "r12",
        author: "analyst",
        body: "Agreed that offtake is the binding constraint, and the article probably underplays it. A floor helps a project raise debt, but lenders will still ask who takes the product and on what terms. In practice I'd expect floor and offtake to be negotiated as one package, which also makes deals harder to compare.",
      },
      {
        key: "r14",
        parent: "r13",
        author: "liam",
        body: "That opacity worries me. If every deal bundles floor, offtake and equity differently, nobody outside can tell whether the public is getting a good price. At minimum, publish the strike price and the volume cap for each one.",
      },
      {
        key: "r15",
        parent: "r12",
        author: "ngozi",
        body: "Warehoused oxide isn't useless, to be fair. A stockpile of separated NdPr buys time during an export disruption. But then it should be called a stockpile and budgeted as one, not dressed up as market support.",
      },
      {
        key: "r16",
        parent: null,
        author: "liam",
        body: "Nobody's talking about the **magnet makers** in the middle. If upstream gets a floor and downstream OEMs refuse to pay a premium, the magnet plant eats the difference. Western magnet margins are already thin against Chinese producers with scale and cheaper inputs. A floor on oxide without anything for magnets could squeeze the very plants we're trying to build.",
      },
      {
        key: "r17",
        parent: "r16",
        author: "sofia",
        body: "That's the strongest point in the thread so far. Raising the input price for a domestic magnet plant while its competitor buys cheaper oxide abroad is a strange way to build a supply chain.",
      },
      {
        key: "r18",
        parent: "r17",
        author: "liam",
        body: "Exactly. The fix is either a matching floor on magnet prices, which multiplies the cost, or integrated mine-to-magnet operators where the floor effectively sits on the final product. The second looks like what the US actually did.",
      },
      {
        key: "r19",
        parent: "r18",
        author: "analyst",
        body: "One nuance: the integrated model concentrates risk in a handful of companies. If one integrated operator stumbles technically, there's no merchant oxide market to fall back on. A mix of integrated and merchant supply is more resilient, even if it's messier to support.",
      },
      {
        key: "r20",
        parent: "r16",
        author: "reader",
        body: 'Is there any data on how much of a magnet\'s cost is actually the NdPr? I\'ve seen people say "most of it" and others say "less than half", and that seems to matter a lot here.',
      },
      {
        key: "r21",
        parent: "r20",
        author: "hiro",
        body: "It depends on grade and on prices at the time, but rare earth content is usually the single largest cost item in a sintered NdFeB magnet, and often more than half when prices are high. Dysprosium or terbium additions for high-temperature grades push it up further. Treat any single number with caution.",
      },
      {
        key: "r22",
        parent: null,
        author: "ngozi",
        body: "The floor debate assumes the threat is **dumping**. Recent years suggest the bigger threat is **withholding**: licences for medium and heavy rare earths and for magnets. A price floor does nothing when you can't get material at any price. Shouldn't the money go into separation and heavy rare earth capacity instead of propping up light rare earth prices?",
      },
      {
        key: "r23",
        parent: "r22",
        author: "kwame",
        body: "Both threats are real, and they alternate. Controls push Western buyers toward non-Chinese supply; once controls ease, cheap material returns and undercuts the projects started in the meantime. The floor is insurance for that second phase. Without it, every disruption ends with the new projects underwater.",
      },
      {
        key: "r24",
        parent: "r23",
        author: "elena",
        body: "That's the most convincing version of the argument I've read, and it's still an argument for a *temporary* instrument. Fine: I'm closer to Kwame than I was an hour ago.",
      },
      {
        key: "r25",
        parent: "r22",
        author: "moderator",
        body: "Quick note from moderation: good thread, keep it going. When citing deal terms or licence figures, please link the source where you can. Several of these numbers get repeated around the web without attribution.",
      },
      {
        key: "r26",
        parent: null,
        author: "reader",
        body: "Basic question from a non-specialist: how is a price floor different from a contract for difference? They sound similar.",
      },
      {
        key: "r27",
        parent: "r26",
        author: "analyst",
        body: 'Close cousins. A pure floor only pays out when prices fall below the strike. A **two-sided CfD** also claws money back when prices rise above it, so the producer gets a stable price and the public shares the upside. Most of the "sunset and clawback" ideas in this thread push a floor towards a CfD.',
      },
      {
        key: "r28",
        parent: "r27",
        author: "reader",
        body: "That helps, thanks. So Elena's conditions are basically asking for a CfD instead of a floor?",
      },
      {
        key: "r29",
        parent: "r27",
        author: "elena",
        body: "More or less, yes. A two-sided CfD with a declining strike and a volume cap is a version I could support.",
      },
      {
        key: "r30",
        parent: null,
        author: "admin",
        body: "Thanks, all: this is the kind of discussion we hoped the forum would host. We've linked the thread from the article page. If anyone can point to **public** terms for other floor or CfD arrangements, a separate thread in Markets comparing them would be very welcome.",
      },
    ],
  },

  // ---- 2. Pinned house rules ----
  {
    key: "forum-guidelines",
    category: "supply-chain",
    author: "moderator",
    title: "Forum guidelines and how to start a thread: please read before posting",
    body: `Welcome to the REEx Discussions forum. A few house rules so debate stays useful:

1. **Be civil.** Argue with the point, not the person. Heated is fine; personal is not.
2. **Source your claims.** Link to filings, official statistics or reporting when you cite figures. The [USGS rare earths page](https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information) is a good neutral starting point.
3. **No investment advice**, tips or price targets. Discuss companies and markets, not trades.
4. **Disclose interests** if you work for or hold a stake in a company you are discussing.

To start a thread, pick the closest category, write a specific title, and add one to three tags.`,
    tags: ["guidelines", "meta"],
    pinned: true,
    replies: [
      {
        key: "r1",
        parent: null,
        author: "reader",
        body: "Thanks for this. What's the policy on paywalled sources? Plenty of the best trade reporting sits behind subscriptions.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "moderator",
        body: "Paywalled links are fine. Please add a one-line summary of what the source says so others can follow the argument, and don't paste whole articles: short quotes only.",
      },
      {
        key: "r3",
        parent: null,
        author: "kwame",
        body: "Glad to see rule 4. In a sector this small, a lot of informed commenters have some connection to a project, and knowing that up front makes the debate more honest, not less.",
      },
    ],
  },

  // ---- 3. Locked heated thread ----
  {
    key: "friend-shoring-protectionism",
    category: "policy-geopolitics",
    author: "analyst",
    title: "Is rare earth friend-shoring strategic resilience or just protectionism with better branding?",
    body: `Governments now routinely describe rare earth policy as "friend-shoring": steering supply toward allies through subsidies, local-content rules, tariffs and bilateral minerals deals. Supporters say it's overdue insurance against coercion. Critics say it raises costs for everyone, invites retaliation and mostly rewards well-connected incumbents.

Some angles to consider:

- Do allied supply deals actually diversify supply, or just relabel it?
- Who bears the higher costs: consumers, OEMs, or taxpayers?
- Does it make export controls more or less likely to be used?

Strong views welcome; keep them sourced.`,
    tags: ["friend-shoring", "trade-policy"],
    locked: true,
    replies: [
      {
        key: "r1",
        parent: null,
        author: "liam",
        body: "It's protectionism, and we should be honest about it. Every \"resilience\" programme I've looked at ends up funding domestic champions at several times the cost of the imports they replace. Call it industrial policy and defend it on those terms.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "sofia",
        body: "Protectionism protects against competition. This protects against a supplier that has already shown it will restrict exports for political reasons. Pretending those are the same thing is not honesty; it's a category error.",
      },
      {
        key: "r3",
        parent: "r2",
        author: "liam",
        body: 'A "category error" is a neat way to avoid the cost question. Who pays the premium, Sofia? Because it won\'t be the people writing the strategy papers.',
      },
      {
        key: "r4",
        parent: "r3",
        author: "sofia",
        body: "I answered the cost question in the price floor thread, which you'd know if you read things before replying. Some of us have actually worked on procurement rather than just posting about it.",
      },
      {
        key: "r5",
        parent: "r4",
        author: "liam",
        body: "Right, appeal to your own CV. Very persuasive. This is exactly the attitude that turns every policy debate into a loyalty test.",
      },
      {
        key: "r6",
        parent: null,
        author: "moderator",
        body: "**Locking this thread.** The underlying question is a good one, but the last several replies are about each other rather than the policy, and that breaks rule 1 of the guidelines. Anyone is welcome to start a new thread on a narrower question (for example, the cost of allied offtake premiums) with sources attached.",
      },
    ],
  },

  // ---- 4. Lynas heavy rare earths ----
  {
    key: "lynas-heavies",
    category: "projects-companies",
    author: "analyst",
    title: "Lynas and heavy rare earths: how much dysprosium and terbium can it realistically deliver?",
    body: `Our piece on Lynas argues that its push into heavy rare earths may matter more to Western buyers than any NdPr volume gain. Having separated dysprosium and terbium outside China at all is a milestone. The harder questions are about scale and durability.

What I'd like views on:

- **Feedstock:** Mount Weld is relatively light-rich. How far can heavy output grow without third-party feed?
- **Qualification:** how long before magnet makers qualify non-Chinese Dy/Tb for automotive grades?
- **Location:** Malaysia versus any US or Australian heavy separation capacity. Does it matter where the separation happens?

Please stick to public disclosures and reporting.`,
    tags: ["lynas", "heavy-rare-earths", "dysprosium"],
    article: "lynas-heavy-rare-earths-push",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "hiro",
        body: "Feedstock is the crux. Mount Weld ore is rich in light rare earths, so the heavy fraction per tonne processed is small. Meaningful Dy/Tb volumes probably require blending in feed from other deposits or concentrates. That means contracts with third parties, and quality variation the flowsheet has to absorb.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "ngozi",
        body: "Which is why the third-party feed question matters so much for the wider market. If Lynas becomes the toll separator for heavy-rich concentrates from other projects, that could do more for diversification than its own mine ever will.",
      },
      {
        key: "r3",
        parent: null,
        author: "sofia",
        body: "On qualification: automotive customers typically want long test programmes before switching a magnet grade's input source. Even with product in hand, I'd expect a gap of a year or more before non-Chinese heavies show up in volume in traction motors. Defence buyers may move faster because they have stronger reasons to.",
      },
      {
        key: "r4",
        parent: "r3",
        author: "analyst",
        body: "Good point on sequencing. It suggests early volumes go to defence and industrial customers, with automotive following. That's not a bad outcome: defence is where the supply risk is most acute.",
      },
      {
        key: "r5",
        parent: null,
        author: "liam",
        body: "On location: separating in Malaysia has served Lynas well, but it has also come with licensing conditions and periodic political scrutiny there. Diversifying heavy separation across more than one jurisdiction seems prudent for them and for buyers, whatever the cost premium.",
      },
    ],
  },

  // ---- 5. China export-control pause deadline ----
  {
    key: "export-pause-deadline",
    category: "policy-geopolitics",
    author: "admin",
    title: "China's export-control pause is nearing its deadline: how is your organisation planning?",
    body: `Our article walks through scenarios as the pause on China's expanded rare earth export controls approaches its deadline: extension, quiet lapse with selective enforcement, or full reinstatement.

For members working in procurement, engineering or policy, I'd be interested in practical answers:

- Are you **building inventory** ahead of the date, or relying on existing licences?
- Has the pause changed how hard you are pushing on **alternative suppliers**?
- Which scenario do you think is most likely, and why?

No confidential details, please: general approaches are plenty.`,
    tags: ["export-controls", "china"],
    article: "china-export-control-pause-deadline",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "kwame",
        body: "Speaking generally: most buyers I talk to have lifted safety stock for heavy-rare-earth-containing magnets from weeks to months. It's expensive working capital, but cheaper than the line stoppages some people experienced during the last round of licence delays.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "elena",
        body: "The risk is that everyone builds inventory at the same time, which tightens the market *before* any decision is made. Stockpiling is rational for each buyer and self-defeating in aggregate.",
      },
      {
        key: "r3",
        parent: null,
        author: "hiro",
        body: "My guess is an extension with conditions, because a full reinstatement would disrupt Chinese exporters as well. But the pause has already done its job as leverage: everyone now knows the controls can return with little notice, and they're planning accordingly.",
      },
      {
        key: "r4",
        parent: "r3",
        author: "admin",
        body: "That's consistent with what we're hearing too: *planning* has changed more than *flows* have. We'll update the article when there's official word, and link back here.",
      },
    ],
  },

  // ---- 6. US magnet plants ramp-up ----
  {
    key: "us-magnet-ramp",
    category: "magnets-evs",
    author: "analyst",
    title: "US magnet plants are ramping: is the real bottleneck oxide, metal, or skilled people?",
    body: `From Fort Worth to Stillwater, several US magnet plants are moving from announcement to production. Our article asks whether they can ramp fast enough for EV and defence demand. I want to narrow that down to **where the bottleneck actually sits**:

- **Oxide:** is there enough separated NdPr outside China to feed them?
- **Metal and alloy:** reducing oxide to metal is a step with very little Western capacity.
- **People and yield:** sintered magnet production is know-how heavy; first-pass yields at new plants are rarely great.

Which of these worries you most over the next two years?`,
    tags: ["magnets", "us-manufacturing", "ndfeb"],
    article: "us-magnet-plants-ramp-up",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "sofia",
        body: "**Metal**, without much doubt. Oxide supply outside China is small but growing; metal-making outside China is thinner still. A magnet plant that has to import metal from a limited number of non-Chinese suppliers hasn't really de-risked much.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "hiro",
        body: "Agree, and I'd add that metal-making is also where a lot of the process know-how sits. Japan kept some of that capability through the lean years; the US largely didn't. Rebuilding it takes time regardless of funding.",
      },
      {
        key: "r3",
        parent: null,
        author: "liam",
        body: "People. Every new plant is recruiting from the same small pool of engineers with sintering and grain-boundary diffusion experience. Expect poaching, wage inflation and slower ramps than the press releases suggest.",
      },
      {
        key: "r4",
        parent: "r3",
        author: "reader",
        body: "Are universities or community colleges doing anything here? It seems like a skills gap you could see coming years away.",
      },
    ],
  },

  // ---- 7. EU CRMA progress check ----
  {
    key: "eu-crma-check",
    category: "policy-geopolitics",
    author: "analyst",
    title: "EU Critical Raw Materials Act check-in: are the 2030 rare earth benchmarks still realistic?",
    body: `The [Critical Raw Materials Act](https://single-market-economy.ec.europa.eu/sectors/raw-materials/areas-specific-interest/critical-raw-materials/critical-raw-materials-act_en) sets 2030 benchmarks: 10% of the EU's strategic raw material needs from domestic extraction, 40% from processing, 25% from recycling, and no more than 65% of any strategic material from a single third country.

Our article argues rare earths are where those ambitions meet permitting reality hardest. Strategic project status is meant to speed up approvals, but the projects still face local opposition, financing gaps and long build times.

Is the 65% single-country cap for rare earths achievable by 2030, or should the EU be honest that it isn't?`,
    tags: ["eu", "crma", "permitting"],
    article: "eu-crma-rare-earth-progress-check",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "elena",
        body: "For light rare earth separation, maybe, if the few European separation projects deliver on time. For magnets and heavy rare earths, I don't see it by 2030. The benchmarks are useful as direction, but treating them as targets invites disappointment.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "ngozi",
        body: "Recycling is the piece I'd watch. Magnet recycling can't supply volume yet, but it's far faster to permit than a mine and it builds processing skills Europe needs anyway.",
      },
      {
        key: "r3",
        parent: null,
        author: "sofia",
        body: "Permitting timelines under the Act are an improvement on paper, but they don't cover court challenges, which is where many European mining projects actually stall. Faster paperwork doesn't help if the litigation clock is unchanged.",
      },
    ],
  },

  // ---- 8. Sm-Co vs NdFeB in defence ----
  {
    key: "smco-vs-ndfeb-defence",
    category: "magnets-evs",
    author: "analyst",
    title: "Samarium-cobalt vs NdFeB in defence systems: where does each one actually win?",
    body: `Our samarium article argues that Sm-Co magnets are a quiet pressure point in defence supply chains. It's worth being precise about why, because the two magnet families aren't interchangeable:

- **NdFeB** has higher energy density at room temperature and dominates motors, actuators and most commercial uses.
- **Sm-Co** holds its performance at much higher temperatures and resists corrosion and demagnetisation, which is why it shows up in guidance systems, some aerospace actuators and high-temperature motors.

Samarium is produced in small quantities and was among the elements covered by China's 2025 export licensing. Where could designers switch between the two, and where is there no real substitute?`,
    tags: ["samarium-cobalt", "ndfeb", "defence"],
    article: "samarium-cobalt-defense-bottleneck",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "hiro",
        body: "Substitution is possible in some applications with heavy-rare-earth-doped NdFeB, but that just moves the dependency from samarium to dysprosium and terbium, which are also controlled. For the hottest operating environments, Sm-Co is still the default for good reason.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "kwame",
        body: "And requalifying a magnet in a fielded defence system is slow and expensive. Even where a switch is technically possible, programme offices tend to stick with the qualified part. The practical answer is more non-Chinese samarium supply, not substitution.",
      },
      {
        key: "r3",
        parent: null,
        author: "reader",
        body: "Does cobalt add its own supply risk here? Sm-Co needs quite a lot of it, if I understand correctly.",
      },
    ],
  },

  // ---- 9. Unconventional feedstock ----
  {
    key: "byproduct-feedstock",
    category: "supply-chain",
    author: "analyst",
    title: "Mineral sands and uranium mills: can byproduct feedstock carry Western rare earth separation?",
    body: `Our feedstock article looks at routes that don't start with a dedicated rare earth mine: monazite from mineral sands operations, as at Iluka's Eneabba project in Western Australia, and processing at an existing uranium mill, as Energy Fuels has done at White Mesa in Utah.

Attractions and catches, as I see them:

- **Pro:** the ore is already mined, so permitting and capex can be lower.
- **Pro:** monazite can carry a useful share of heavier rare earths.
- **Con:** monazite contains thorium and uranium, so radioactive residue management is central.
- **Con:** volumes depend on the economics of the main product.

Can these routes be more than a stopgap?`,
    tags: ["monazite", "feedstock", "mineral-sands"],
    article: "unconventional-feedstock-iluka-energy-fuels",
    replies: [
      {
        key: "r1",
        parent: null,
        author: "ngozi",
        body: "The volume dependency is underrated. If zircon or titanium markets weaken, monazite output from mineral sands falls with them, regardless of rare earth demand. That's a strange thing to build a strategic supply chain around without some buffer.",
      },
      {
        key: "r2",
        parent: "r1",
        author: "elena",
        body: "True, but every source has a weakness. Byproduct feed is at least already permitted and flowing. I'd treat it as one leg of a diversified base, not the whole table.",
      },
      {
        key: "r3",
        parent: null,
        author: "liam",
        body: "The uranium mill route is clever precisely because the site is already licensed for radioactive material. That sidesteps one of the hardest permitting problems for monazite processing, which is where to handle the thorium.",
      },
    ],
  },
];
