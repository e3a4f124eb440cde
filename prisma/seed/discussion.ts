// Seeded discussion for the "ndpr-price-floor-debate" article.
// Sample content only: all comments are fictional and written for demo purposes.

export type SeedComment = {
  key: string; // unique short key, e.g. "c1"
  parent: string | null; // key of parent comment (must appear EARLIER in the array), or null for top-level
  author: "reader" | "analyst" | "moderator" | "admin" | "kwame" | "elena" | "hiro" | "sofia" | "liam" | "ngozi";
  body: string; // markdown, 1..1500 chars
};

export const discussion: SeedComment[] = [
  // ---- Thread 1: the long Elena vs Kwame argument (reaches depth 15) ----
  {
    key: "c1",
    parent: null,
    author: "elena",
    body: "I'll be the skeptic. A price floor is a promise that taxpayers will absorb the gap whenever Chinese producers decide to push prices down, which is exactly the lever Beijing has pulled for twenty years. You don't build a competitive industry by insuring it against competition. You build a permanent ward of the state.",
  },
  {
    key: "c2",
    parent: "c1",
    author: "kwame",
    body: "But \"competition\" here isn't a market outcome. When the dominant supplier is state-directed and can run at a loss for as long as it likes, there's no honest price signal to respond to. A floor is less a subsidy than a way to take a weapon off the table.",
  },
  {
    key: "c3",
    parent: "c2",
    author: "elena",
    body: "Taking the weapon off the table would mean making the floor *cheap* to hold. Instead we'd be giving Beijing a way to make it as expensive as possible: flood the market, widen the gap, and watch Western treasuries pay the difference. That's not disarming them, it's handing them a dial on our budget.",
  },
  {
    key: "c4",
    parent: "c3",
    author: "kwame",
    body: "That only works if they're willing to lose money on every tonne they sell to the *whole world*, not just to us. Dumping broadly hurts their own producers' margins, which they've spent years consolidating and protecting. The floor changes their cost-benefit calculation, and that's the point.",
  },
  {
    key: "c5",
    parent: "c4",
    author: "hiro",
    body: "Some support for Kwame from the Japanese experience. After 2010, prices spiked and then collapsed, and the collapse did real damage to non-Chinese projects. Whether or not the crash was intended, the outcome was the same. A backstop during that period might have saved several years.",
  },
  {
    key: "c6",
    parent: "c5",
    author: "elena",
    body: "Hiro, I read that history differently. As I understand it, Lynas got through the crash because Japanese buyers and JOGMEC backed it with **offtake and financing tied to real demand**, not an open-ended price guarantee. That's my whole argument: support tied to buyers beats support tied to a number.",
  },
  {
    key: "c7",
    parent: "c6",
    author: "kwame",
    body: "Offtake plus concessional finance *is* price support, though. It just hides the number inside a contract. I'd rather the number be public and auditable than buried in a bilateral deal nobody outside can read.",
  },
  {
    key: "c8",
    parent: "c7",
    author: "elena",
    body: "Public is fine. Permanent isn't. Show me a floor with a hard sunset, a declining level and a clawback when market prices are high, and I'll stop arguing. What's being floated right now reads like an open-ended commitment.",
  },
  {
    key: "c9",
    parent: "c8",
    author: "sofia",
    body: "Clawbacks are the part nobody talks about. If the government pays out in lean years, it should get something back in fat years, otherwise the producer keeps the upside and the public eats the downside. That's standard in a contract-for-difference.",
  },
  {
    key: "c10",
    parent: "c9",
    author: "kwame",
    body: "Agreed, Sofia, a two-way CfD is what I'd actually advocate. Elena, would you accept a symmetric structure? Producer gets topped up below the strike and pays back above it. In expectation that isn't a subsidy at all, if the strike is set sensibly.",
  },
  {
    key: "c11",
    parent: "c10",
    author: "elena",
    body: "> if the strike is set sensibly\n\nThat phrase is carrying a lot of weight. Who sets it, and on what data? The only liquid reference prices track Chinese domestic trading, the very market you say is manipulated. You'd be anchoring a Western guarantee to a number you don't trust.",
  },
  {
    key: "c12",
    parent: "c11",
    author: "kwame",
    body: "Fair hit. You'd anchor it to a cost-plus benchmark built from Western producers' audited costs, not to the Shanghai price. Messier, yes, but that's roughly how regulated utilities have been priced for a century.",
  },
  {
    key: "c13",
    parent: "c12",
    author: "liam",
    body: "And that's the bit that excites and worries investors in equal measure. Cost-plus makes projects bankable, full stop; lenders love it. But it also removes much of the incentive to get costs down. Utilities aren't famous for innovation.",
  },
  {
    key: "c14",
    parent: "c13",
    author: "elena",
    body: "Thank you, Liam, that's exactly the trap. Cost-plus rewards whoever has the *highest* audited cost. We'd be locking in today's Western flowsheets as the benchmark just as newer separation technologies are trying to prove themselves.",
  },
  {
    key: "c15",
    parent: "c14",
    author: "kwame",
    body: "Then benchmark to the **best** Western producer, not the average, and ratchet it down on a published schedule. Laggards lose money, leaders get a backstop. Honestly, I think we've converged more than this thread suggests: a floor, yes, but symmetric, declining and sunsetted.",
  },
  {
    key: "c16",
    parent: "c15",
    author: "moderator",
    body: "Moderator note: this is one of the most useful exchanges we've had on the Forum in a while, so thanks to both of you for keeping it sharp *and* civil. If someone wants to write up the \"converged\" design, please post it as a new top-level comment so it's easier to find.",
  },
  {
    key: "c17",
    parent: "c15",
    author: "elena",
    body: 'I\'ll concede "a floor, *maybe*". Declining and sunsetted gets me most of the way. I still think the first public dollar should go to offtake and stockpiling before anyone writes a price guarantee.',
  },
  {
    key: "c18",
    parent: "c1",
    author: "reader",
    body: "Genuine question, Elena: is there any Western NdPr producer today that would survive a long price slump without *some* form of government support?",
  },
  {
    key: "c19",
    parent: "c18",
    author: "elena",
    body: "Probably not, Maya, and I don't pretend otherwise. My objection is to the form of the support, not its existence. Stockpile purchases at least leave the government holding material it can use in a crisis.",
  },
  {
    key: "c20",
    parent: "c1",
    author: "analyst",
    body: "Worth remembering this isn't hypothetical: the 2025 DoD arrangement with MP Materials already includes a floor. The live question is whether to extend the model to other producers, and on what terms.",
  },

  // ---- Thread 2: the author's design poll (8 direct replies) ----
  {
    key: "c21",
    parent: null,
    author: "analyst",
    body: "Author here, thanks for all the comments so far. A question back to you: if you had to design this, which would you pick?\n\n- A fixed floor paid on every tonne sold\n- A two-way contract-for-difference\n- Government stockpile purchases at a set price\n- No floor at all; tariffs on Chinese magnets instead\n\nReasons welcome, especially from people who buy the stuff.",
  },
  {
    key: "c22",
    parent: "c21",
    author: "kwame",
    body: "Two-way CfD, no contest. See my very long argument with Elena above for the reasoning and the caveats.",
  },
  {
    key: "c23",
    parent: "c21",
    author: "ngozi",
    body: "Stockpile purchases. They build a physical buffer, they're easy to explain to voters, and the government ends up owning something. A cash top-up leaves you with nothing in the warehouse when the next export ban lands.",
  },
  {
    key: "c24",
    parent: "c21",
    author: "sofia",
    body: "From the procurement side: a CfD, but **indexed**. A flat strike fixed for ten years will be wrong within two, whether because energy costs move, reagent costs move, or new technology changes the cost curve.",
  },
  {
    key: "c25",
    parent: "c21",
    author: "liam",
    body: "CfD. It's the only option on the list that lenders already understand from renewable power auctions, so financing terms would follow quickly.",
  },
  {
    key: "c26",
    parent: "c21",
    author: "hiro",
    body: "Stockpile, ideally coordinated between allies. Japan has run a national stockpiling system for rare metals for a long time through [JOGMEC](https://www.jogmec.go.jp/english/). It's not glamorous, but it has been tested.",
  },
  {
    key: "c27",
    parent: "c21",
    author: "reader",
    body: "I'm fairly new to this topic, but tariffs seem like the option where consumers quietly pay and nobody has to vote on a number. That makes me nervous, even if it's politically easiest.",
  },
  {
    key: "c28",
    parent: "c21",
    author: "elena",
    body: "None of the above. **Demand-side content requirements**: if defense contractors and subsidised EVs must use a rising share of non-Chinese magnets, buyers will sign long-term offtakes on their own, and the price discovery happens between companies rather than in a ministry.",
  },
  {
    key: "c29",
    parent: "c21",
    author: "admin",
    body: "Great responses. We'll turn these four options (plus Elena's fifth) into a poll on the Forum homepage next week so more readers can weigh in.",
  },
  {
    key: "c30",
    parent: "c28",
    author: "analyst",
    body: "Elena, content requirements still raise costs; they just move the bill from taxpayers to buyers and, eventually, consumers. Is that really better, or just less visible?",
  },
  {
    key: "c31",
    parent: "c30",
    author: "elena",
    body: "It's better because the cost is *bounded by the product*. A buyer won't pay more for a magnet than the motor is worth. A treasury-backed floor has no such natural ceiling.",
  },
  {
    key: "c32",
    parent: "c31",
    author: "sofia",
    body: "Speaking as someone whose team would actually have to comply: content rules without available supply just produce waivers. We'd need the supply to exist *first*, which brings us back to how you finance it.",
  },
  {
    key: "c33",
    parent: "c23",
    author: "liam",
    body: "Stockpiles have a timing problem, though. Governments tend to buy when prices are high and everyone's panicking, then sell into the slump. Pro-cyclical, the opposite of what you want.",
  },
  {
    key: "c34",
    parent: "c33",
    author: "ngozi",
    body: "Only if the purchase rules are discretionary. Commit to buying a fixed volume each year regardless of price, and the timing problem mostly goes away.",
  },
  {
    key: "c35",
    parent: "c34",
    author: "hiro",
    body: "That's close to how a well-run strategic reserve should work. The hard part is oxide vs. metal vs. finished magnets: oxide stores well, but in a crisis you may not have the capacity to turn it into magnets quickly.",
  },

  // ---- Thread 3: Maya's "how does it actually work?" (7 direct replies) ----
  {
    key: "c36",
    parent: null,
    author: "reader",
    body: "Naive question from someone who's new here: does a price floor mean the government literally buys the oxide? Or does it just send cheques? And who ends up owning the material?",
  },
  {
    key: "c37",
    parent: "c36",
    author: "analyst",
    body: "Not naive at all. Broadly there are two models:\n\n- **Cash top-up:** the producer sells to normal customers, and if the market price is below the floor the government pays the difference. The buyer owns the material.\n- **Purchase at the floor:** the government (or an agency) buys the material itself, usually into a stockpile, and owns it.\n\nReal programmes can mix the two.",
  },
  {
    key: "c38",
    parent: "c36",
    author: "liam",
    body: "In the cash top-up version the producer also needs a buyer at *some* price. A floor doesn't guarantee demand, only revenue per kilogram sold. That distinction matters a lot to lenders.",
  },
  {
    key: "c39",
    parent: "c36",
    author: "moderator",
    body: "Maya, we also have a glossary thread pinned in the Forum that covers floors, CfDs and offtakes. For background on global supply, the [USGS rare earths page](https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information) is a good starting point.",
  },
  {
    key: "c40",
    parent: "c36",
    author: "hiro",
    body: "One practical detail: floors are usually set for a specific product and purity, e.g. NdPr oxide. Metal, alloy or magnets are priced differently, so a floor on oxide doesn't automatically help the magnet maker downstream.",
  },
  {
    key: "c41",
    parent: "c36",
    author: "elena",
    body: "And the third question, who pays, is the one I'd keep asking. In every version the answer is eventually taxpayers or consumers. The design just decides which, and how visibly.",
  },
  {
    key: "c42",
    parent: "c36",
    author: "ngozi",
    body: "Also worth asking: *whose* oxide qualifies? If only domestic producers are eligible, material from allied or partner countries can end up at a disadvantage even when it's perfectly clean and traceable.",
  },
  {
    key: "c43",
    parent: "c36",
    author: "kwame",
    body: "If it helps, think of it like insurance for the producer, with the government as insurer. The argument in this thread is mostly about the premium, the deductible, and when the policy expires.",
  },
  {
    key: "c44",
    parent: "c37",
    author: "reader",
    body: "This is really helpful, thank you Tomas. So the MP Materials arrangement is closer to which model?",
  },
  {
    key: "c45",
    parent: "c44",
    author: "analyst",
    body: "As publicly described, it's mostly the cash top-up style for NdPr, combined with separate offtake arrangements for magnets. I'd treat the details in press coverage with some caution, since not every term has been disclosed.",
  },

  // ---- Thread 4: Hiro on Japan and motor design ----
  {
    key: "c46",
    parent: null,
    author: "hiro",
    body: "One angle missing from the article: demand-side engineering. Japanese motor makers have spent over a decade reducing heavy rare earth content per magnet. If NdPr gets expensive in the West because of a floor, designers will respond, and faster than policymakers expect.",
  },
  {
    key: "c47",
    parent: "c46",
    author: "sofia",
    body: "True, but mostly for Dy and Tb. Cutting NdPr itself is much harder without giving up performance or going to a completely different motor architecture.",
  },
  {
    key: "c48",
    parent: "c46",
    author: "analyst",
    body: "Fair criticism, Hiro. I touched on heavy rare earth reduction in the Lynas piece but should have linked it here. It's a genuine second-order effect of any floor.",
  },
  {
    key: "c49",
    parent: "c46",
    author: "kwame",
    body: "Which is arguably a feature. If a floor nudges engineers to use less material, the fiscal exposure shrinks over time too.",
  },
  {
    key: "c50",
    parent: "c46",
    author: "elena",
    body: "Or it pushes motor production to wherever magnets are cheapest, which is not where the floor applies. *That's* the second-order effect that worries me.",
  },
  {
    key: "c51",
    parent: "c50",
    author: "hiro",
    body: "Yes, this is the real risk. A floor upstream without some protection for the magnet and motor makers downstream could hollow out exactly the industry it's meant to support.",
  },

  // ---- Thread 5: Ngozi on allied and African feedstock ----
  {
    key: "c52",
    parent: null,
    author: "ngozi",
    body: "I'd like to hear more about how a floor would treat projects outside the US, EU and Australia. Several rare earth projects in Africa are at the financing stage right now. If Western buyers only backstop their own producers, these projects get squeezed between Chinese pricing and Western protectionism.",
  },
  {
    key: "c53",
    parent: "c52",
    author: "liam",
    body: "That's a real concern for anyone allocating capital in the sector. A US-only floor makes a US project more financeable and, by comparison, everything else *less* financeable.",
  },
  {
    key: "c54",
    parent: "c52",
    author: "kwame",
    body: "Agreed, and it's strategically short-sighted. The West needs far more feedstock than its own deposits can supply in the near term. Eligibility should follow traceability and standards, not the flag on the mine.",
  },
  {
    key: "c55",
    parent: "c54",
    author: "elena",
    body: "We finally agree on something, Kwame. Though notice that the more countries you include, the bigger the fiscal exposure gets. That rather proves my point about open-endedness.",
  },
  {
    key: "c56",
    parent: "c55",
    author: "ngozi",
    body: "Not necessarily. Partner governments and development finance institutions could share the cost. A pooled mechanism among allies is harder to negotiate but much easier to defend.",
  },
  {
    key: "c57",
    parent: "c52",
    author: "analyst",
    body: "Good point, and one for a follow-up article. The EU's Critical Raw Materials Act already has a strategic partnerships track; the question is whether price support ever becomes part of that.",
  },
  {
    key: "c58",
    parent: "c52",
    author: "sofia",
    body: "From a buyer's point of view, I'd happily take oxide from anywhere with credible ESG and traceability data. The problem is that today that data is patchy almost everywhere, including in the West.",
  },

  // ---- Thread 6: Sofia's OEM perspective ----
  {
    key: "c59",
    parent: null,
    author: "sofia",
    body: "Perspective from an automotive supply chain role (my own views, not my employer's): our biggest fear isn't high prices, it's **unpredictable** prices and availability. A floor that stabilises Western supply could actually lower our total cost of risk, even if the unit price is higher.",
  },
  {
    key: "c60",
    parent: "c59",
    author: "reader",
    body: 'Interesting. So would automakers be willing to pay a "secure supply" premium voluntarily, without any government floor?',
  },
  {
    key: "c61",
    parent: "c60",
    author: "sofia",
    body: "Some already do through long-term agreements. But the premium has to be small enough that you're not undercut by competitors who buy Chinese magnets. That's why a collective policy helps: it levels the field.",
  },
  {
    key: "c62",
    parent: "c59",
    author: "elena",
    body: "This is the most persuasive argument for a floor I've seen in the thread, and I still think it's an argument for *offtake contracts* rather than a public guarantee.",
  },
  {
    key: "c63",
    parent: "c59",
    author: "liam",
    body: "Stable prices are also what unlock cheaper project debt. So there's a plausible story where the floor pays for itself through lower financing costs. Hard to prove either way, admittedly.",
  },
  {
    key: "c64",
    parent: "c59",
    author: "hiro",
    body: "Japanese buyers learned this after 2010. Many moved to multi-source strategies with some deliberately higher-cost suppliers. It was expensive insurance, but it looked very cheap during the 2025 export controls.",
  },
  {
    key: "c65",
    parent: "c59",
    author: "kwame",
    body: "Exactly. The price of a magnet isn't the only cost; the cost of a production line sitting idle for three weeks is orders of magnitude larger.",
  },

  // ---- Thread 7: Liam on bankability ----
  {
    key: "c66",
    parent: null,
    author: "liam",
    body: "From the finance side, the blunt truth: I've seen good rare earth projects fail to close financing purely because lenders modelled a downside case with Chinese-driven price collapses. A credible floor changes that downside case overnight.",
  },
  {
    key: "c67",
    parent: "c66",
    author: "elena",
    body: "Which is exactly why it's risky. Projects that couldn't otherwise get financed will get financed, including the bad ones. Floors don't discriminate between good geology and bad.",
  },
  {
    key: "c68",
    parent: "c67",
    author: "liam",
    body: "Lenders still look at geology, metallurgy and management. A floor fixes price risk, not technical risk. Bad projects still fail technical due diligence.",
  },
  {
    key: "c69",
    parent: "c66",
    author: "ngozi",
    body: "Would a floor also lower the cost of equity, or mostly debt? For early-stage projects equity is usually the real bottleneck.",
  },
  {
    key: "c70",
    parent: "c69",
    author: "liam",
    body: "Mostly debt directly, but cheaper and larger debt means less equity needed, so indirectly both. Early-stage juniors before a feasibility study probably wouldn't see much benefit either way.",
  },

  // ---- Thread 8: moderator housekeeping ----
  {
    key: "c71",
    parent: null,
    author: "moderator",
    body: "Quick housekeeping: this thread is getting a lot of traffic. Please keep replies on the topic of price floors and related policy. Broader US-China trade discussion is welcome in the *Policy & Geopolitics* section of the Forum.",
  },
  {
    key: "c72",
    parent: "c71",
    author: "reader",
    body: "Thanks Priya. Is there a way to follow a single reply thread? The long one at the top is great but hard to keep track of.",
  },
  {
    key: "c73",
    parent: "c72",
    author: "admin",
    body: "Not yet, Maya, but thread-level notifications are on our roadmap. For now, the permalink on each comment takes you straight to it.",
  },

  // ---- Thread 9: Kwame on heavy rare earths ----
  {
    key: "c74",
    parent: null,
    author: "kwame",
    body: "Slightly contrarian take: NdPr is the wrong element to start with. The real chokepoints in 2025 were **dysprosium, terbium and samarium**. If governments are going to spend money on price support, heavy rare earths give far more security per dollar.",
  },
  {
    key: "c75",
    parent: "c74",
    author: "hiro",
    body: "Strongly agree. Volumes are tiny, so the fiscal exposure would be small, but the strategic value is high.",
  },
  {
    key: "c76",
    parent: "c74",
    author: "sofia",
    body: "Small volumes also mean very thin markets, so setting a sensible strike is even harder. There's barely a reliable non-Chinese price reference for terbium.",
  },
  {
    key: "c77",
    parent: "c74",
    author: "analyst",
    body: "Good argument, Kwame. The article focuses on NdPr because that's where the policy debate is, but I suspect heavy rare earth support will follow.",
  },

  // ---- Thread 10: Maya on recycling ----
  {
    key: "c78",
    parent: null,
    author: "reader",
    body: "Where does recycling fit into all this? If we're going to subsidise anything, shouldn't it be recovering magnets from old hard drives, motors and wind turbines?",
  },
  {
    key: "c79",
    parent: "c78",
    author: "ngozi",
    body: "Recycling will matter a lot eventually, but the volume of end-of-life magnets available today is small compared with demand. Most EV motors haven't reached end of life yet.",
  },
  {
    key: "c80",
    parent: "c78",
    author: "hiro",
    body: "Also, recycled oxide competes on the same price as mined oxide. A floor on NdPr would help recyclers too, if they're eligible. That's a good reason to make eligibility based on product, not source.",
  },
  {
    key: "c81",
    parent: "c78",
    author: "moderator",
    body: "We've had a few good recycling threads in the Forum before. I'll link them in the pinned resources post so this one stays focused.",
  },

  // ---- Thread 11: China's response ----
  {
    key: "c82",
    parent: null,
    author: "elena",
    body: "Has anyone modelled how China would actually respond? My guess:\n\n> Cut export prices for magnets, not oxide.\n\nThat bypasses an oxide floor entirely and squeezes Western magnet makers instead.",
  },
  {
    key: "c83",
    parent: "c82",
    author: "kwame",
    body: "Plausible, and it's why the floor needs to be paired with trade measures on finished magnets. Neither tool works alone.",
  },
  {
    key: "c84",
    parent: "c82",
    author: "liam",
    body: "Markets seem to be pricing something like that already; Western magnet makers' valuations look more sensitive to Chinese magnet export policy than to oxide prices.",
  },
  {
    key: "c85",
    parent: "c82",
    author: "hiro",
    body: "Japanese magnet makers have lived with this pressure for years. They survive on quality, specialised grades and long customer relationships, not on price.",
  },

  // ---- Thread 12: short closers ----
  {
    key: "c86",
    parent: null,
    author: "ngozi",
    body: "Really balanced article, Tomas. I appreciated that it focused on design details rather than slogans. More of this, please.",
  },
  {
    key: "c87",
    parent: null,
    author: "sofia",
    body: "Summary attempt, as Priya suggested, of where the long thread landed:\n\n- **Two-way** contract-for-difference, not a one-way guarantee\n- Strike benchmarked to the *best* Western producer, declining over time\n- Hard sunset date and clawback above the strike\n- Eligibility by traceability and standards, open to allied producers\n\nElena would add: offtake and stockpiles first. Did I miss anything?",
  },
  {
    key: "c88",
    parent: "c87",
    author: "kwame",
    body: "That's a fair summary. I'd add a separate, smaller programme for heavy rare earths.",
  },
  {
    key: "c89",
    parent: "c87",
    author: "elena",
    body: 'Fair summary. For the record, I\'m now a reluctant "maybe" rather than a firm "no". Don\'t tell anyone.',
  },
];
