"""Builds probe-psea.jsonl: own-written articles on conflict at sea and on coasts (a maritime security bulletin on
the Red Sea and Gulf of Aden, a wire on piracy off Puntland, a Port Harcourt daily on sea pirates in the Niger Delta,
an explainer on the Second Thomas Shoal, a Sabah daily on the kidnap of fishermen off Lahad Datu, an Odesa live-blog
summary on strikes on Black Sea ports, an NGO release on shots fired at a rescue ship off Libya); background
paragraphs, relative and explicit dates (not dev text).

Places at sea follow the dev gold (s3-020, a ship seized "in the southern Red Sea"): region precision, named after the
sea off the nearest coastal place the text gives, with that place's coordinates and country, said in coords_note."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                               "riots", "strategic_developments")
HM, USA = "Houthi Movement", "Military Forces of the United States"
CINT = "Civilians (International)"


def note(location, text):
    location["coords_note"] = text
    return location


def sea(name, mention, admin1, country, lat, lon, text):
    """A place at sea: region precision at the nearest coastal place named in the text."""
    return note(loc(name, mention, admin1, country, lat, lon, "region"), text)


# 1 Red Sea / Gulf of Aden: weekly maritime security bulletin
t1 = """MARITIME SECURITY WEEKLY - RED SEA / BAB EL-MANDEB / GULF OF ADEN
Issued: 13 November 2026

THREAT LEVEL: HIGH for vessels with US, UK or Israeli affiliation. ELEVATED for all other commercial shipping.

1. INCIDENTS THIS PERIOD

10 NOV - Gulf of Aden. The Marshall Islands-flagged product tanker ASTER GRACE reported being struck by a missile approximately 70 nautical miles southeast of Aden at 0412 UTC. A fire broke out on the main deck and was put out by the crew. No casualties were reported and the vessel continued to its next port of call. The Houthis claimed the attack the following day, saying their naval forces had fired an anti-ship ballistic missile at the ship.

11 NOV - Southern Red Sea. A Liberian-flagged bulk carrier was hit on the port side by a one-way attack drone some 25 nautical miles west of Mokha. Two crew members suffered burns and were evacuated by a coalition warship. A second drone fell into the sea close to the vessel. JMIC assesses with high confidence that Houthi forces were responsible.

12 NOV - Yemeni west coast. US Central Command said its aircraft struck a Houthi coastal radar site and a drone storage facility near Al Luhayyah overnight, in response to the two attacks. Houthi-run media said one guard was killed.

2. ASSESSMENT

These are the first attacks on merchant shipping since the group announced a pause in September. The renewed targeting follows a familiar pattern: a claimed grievance, a missile strike on a tanker, then drones against slower bulk carriers. Vessels transiting the Bab el-Mandeb should proceed at maximum safe speed, avoid loitering and report all suspicious approaches to UKMTO.

3. BACKGROUND

The deadliest incident this year remains the attack of 14 March 2026, when a Houthi missile struck the container ship MSC LUCIA off Hodeidah, killing three crew members. The group's campaign against shipping began in November 2023, and well over a hundred merchant vessels have been targeted since.

4. REPORTING

Masters are reminded to register with the voluntary reporting scheme before entering the area and to keep AIS policy under review."""
arts.append({"id": "probe-psea-1", "url": None,
             "title": "MARITIME SECURITY WEEKLY - RED SEA / BAB EL-MANDEB / GULF OF ADEN",
             "published": "2026-11-13", "text": t1, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2026-11-10", "day",
       sea("Gulf of Aden off Aden", "approximately 70 nautical miles southeast of Aden", "Aden", "YE", 12.78, 45.04,
           "tanker struck at sea in the Gulf of Aden; coordinates of Aden, the coastal place named"),
       HM, "rebel_group", CINT, "civilians", 0,
       evidence="The Marshall Islands-flagged product tanker ASTER GRACE reported being struck by a missile approximately 70 nautical miles southeast of Aden at 0412 UTC."),
    ev(ERV, "air_drone_strike", "2026-11-11", "day",
       sea("Red Sea off Mokha", "some 25 nautical miles west of Mokha", "Ta'izz", "YE", 13.32, 43.25,
           "bulk carrier hit at sea west of Mokha; coordinates of Mokha (Al Mukha)"),
       HM, "rebel_group", CINT, "civilians", injured=2,
       evidence="A Liberian-flagged bulk carrier was hit on the port side by a one-way attack drone some 25 nautical miles west of Mokha."),
    ev(ERV, "air_drone_strike", "2026-11-12", "day",
       loc("Al Luhayyah", "near Al Luhayyah", "Al Hudaydah", "YE", 15.70, 42.70),
       USA, "state_forces", HM, "rebel_group", 1,
       evidence="US Central Command said its aircraft struck a Houthi coastal radar site and a drone storage facility near Al Luhayyah overnight, in response to the two attacks."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-03-14", "day",
       sea("Red Sea off Al Hudaydah", "off Hodeidah", "Al Hudaydah", "YE", 14.80, 42.95,
           "ship struck at sea off Hodeidah; coordinates of Al Hudaydah"),
       HM, "rebel_group", CINT, "civilians", 3,
       evidence="The deadliest incident this year remains the attack of 14 March 2026, when a Houthi missile struck the container ship MSC LUCIA off Hodeidah, killing three crew members.",
       bg=True),
]})

# 2 Somalia: wire from Garowe
t2 = """Pirates hijack fishing dhow off Somalia's Puntland, two killed as police intercept

GAROWE, Somalia, March 16 (Reuters) - Pirates hijacked a Yemeni fishing dhow with 11 crew members off the coast of Eyl in Somalia's semi-autonomous Puntland region on Saturday, and two of the gunmen were killed the next day in a shootout with maritime police, officials said.

About eight armed men in two skiffs boarded the dhow some 15 nautical miles offshore and forced the crew to sail towards the coast, a Puntland fisheries ministry official told Reuters by telephone.

On Sunday the Puntland Maritime Police Force (PMPF) intercepted the dhow as it neared the shore south of Eyl. "The pirates opened fire on our boats and our forces responded. Two of them were killed and one of our officers was wounded," a PMPF commander said. The remaining hijackers fled inland. The Yemeni crew were unharmed and the dhow was being escorted to Bosaso.

Separately, the European Union's naval force, Operation Atalanta, said a Spanish warship had detained six suspected pirates on Friday after its helicopter spotted a skiff carrying ladders and weapons about 300 nautical miles east of Mogadishu. The suspects were being held on board pending a decision on their transfer for trial.

Piracy off Somalia peaked in 2011, when gangs attacked more than 200 ships, before naval patrols and armed guards on merchant vessels brought it almost to a halt. Attacks resumed in late 2023 as international warships were diverted to the Red Sea.

In April 2025, pirates seized an Iranian-flagged fishing vessel off Garacad and held its 23 crew for more than a month before releasing them, reportedly after a ransom was paid.

Fishermen in Puntland say illegal foreign trawlers operating close to shore have revived local support for the gangs, an argument the pirates themselves often use to justify their attacks."""
UAG_SO = "Unidentified Armed Group (Somalia)"
arts.append({"id": "probe-psea-2", "url": None,
             "title": "Pirates hijack fishing dhow off Somalia's Puntland, two killed as police intercept",
             "published": "2026-03-16", "text": t2, "events": [
    ev(VAC, "abduction_forced_disappearance", "2026-03-14", "day",
       sea("Indian Ocean off Eyl", "off the coast of Eyl", "Nugaal", "SO", 7.98, 49.82,
           "dhow boarded about 15 nautical miles offshore; coordinates of Eyl"),
       UAG_SO, "unknown", "Civilians (Yemen)", "civilians",
       evidence="Pirates hijacked a Yemeni fishing dhow with 11 crew members off the coast of Eyl in Somalia's semi-autonomous Puntland region on Saturday, and two of the gunmen were killed the next day in a shootout with maritime police, officials said."),
    ev(BAT, "armed_clash", "2026-03-15", "day",
       note(loc("Eyl", "the shore south of Eyl", "Nugaal", "SO", 7.98, 49.82, "region"),
            "off the shore south of Eyl; coordinates of Eyl"),
       "Police Forces of Somalia (Puntland Maritime Police Force)", "state_forces", UAG_SO, "unknown", 2, injured=1,
       evidence="On Sunday the Puntland Maritime Police Force (PMPF) intercepted the dhow as it neared the shore south of Eyl."),
    ev(SD, "arrests", "2026-03-13", "day",
       sea("Indian Ocean off Mogadishu", "about 300 nautical miles east of Mogadishu", "Banaadir", "SO", 2.04, 45.34,
           "skiff intercepted far offshore; coordinates of Mogadishu, the coastal place named"),
       "EU NAVFOR: European Union Naval Force (Operation Atalanta)", "external_other", UAG_SO, "unknown",
       evidence="Separately, the European Union's naval force, Operation Atalanta, said a Spanish warship had detained six suspected pirates on Friday after its helicopter spotted a skiff carrying ladders and weapons about 300 nautical miles east of Mogadishu."),
    ev(VAC, "abduction_forced_disappearance", "2025-04-15", "month",
       sea("Indian Ocean off Garacad", "off Garacad", "Mudug", "SO", 6.97, 49.35,
           "vessel seized at sea off Garacad; coordinates of Garacad (approximate)"),
       UAG_SO, "unknown", "Civilians (Iran)", "civilians",
       evidence="In April 2025, pirates seized an Iranian-flagged fishing vessel off Garacad and held its 23 crew for more than a month before releasing them, reportedly after a ransom was paid.",
       bg=True),
]})

# 3 Nigeria / Gulf of Guinea: Port Harcourt daily
t3 = """Sea pirates kill two passengers on Bonny waterway, abduct four oil workers off Brass

From our correspondent, PORT HARCOURT

Sea pirates on Tuesday evening attacked a passenger boat on the Bonny-Port Harcourt waterway, killing two passengers and injuring three others, the Rivers State Police Command has confirmed.

The 18-seater speedboat had left the Bonny jetty shortly after 5pm when the hoodlums, in two boats fitted with powerful engines, opened fire and ordered it to stop. They robbed the passengers of cash, phones and jewellery before escaping into the creeks. The police spokesperson said marine police units had been deployed to patrol the route and that efforts were on to arrest the attackers.

In neighbouring Bayelsa State, gunmen yesterday boarded an offshore supply vessel about 20 nautical miles off Brass and abducted four crew members, two of them foreign nationals, security sources told our correspondent. The vessel, which was servicing an oil platform, was later found drifting with the remaining nine crew locked in the engine room. No group has claimed responsibility for the kidnapping.

Meanwhile, the Nigerian Navy said its personnel had killed three suspected pirates and recovered two AK-47 rifles during a gun duel in the creeks near Oron, Akwa Ibom State, on Monday. The Navy spokesman said the suspects belonged to a gang that had terrorised fishermen and traders in the area for months.

Residents of riverine communities say attacks on boats have grown more frequent since the start of the rainy season. Transport unions have threatened to suspend services on the Bonny route if security is not improved.

The wider Gulf of Guinea has seen fewer attacks on ships at sea since 2021, but kidnappings far offshore have not stopped. In November 2025, pirates boarded a product tanker about 40 nautical miles south of Sao Tome and abducted ten of its crew, who were freed in January after a ransom was reportedly paid."""
UAG_NG = "Unidentified Armed Group (Nigeria)"
arts.append({"id": "probe-psea-3", "url": None,
             "title": "Sea pirates kill two passengers on Bonny waterway, abduct four oil workers off Brass",
             "published": "2026-08-20", "text": t3, "events": [
    ev(VAC, "attack", "2026-08-18", "day",
       note(loc("Bonny", "the Bonny-Port Harcourt waterway", "Rivers", "NG", 4.45, 7.17, "region"),
            "on the waterway after leaving the Bonny jetty; coordinates of Bonny"),
       UAG_NG, "unknown", "Civilians (Nigeria)", "civilians", 2, injured=3,
       evidence="Sea pirates on Tuesday evening attacked a passenger boat on the Bonny-Port Harcourt waterway, killing two passengers and injuring three others, the Rivers State Police Command has confirmed."),
    ev(VAC, "abduction_forced_disappearance", "2026-08-19", "day",
       sea("Gulf of Guinea off Brass", "about 20 nautical miles off Brass", "Bayelsa", "NG", 4.31, 6.24,
           "vessel boarded at sea off Brass; coordinates of Brass"),
       UAG_NG, "unknown", "Civilians (Nigeria)", "civilians",
       evidence="In neighbouring Bayelsa State, gunmen yesterday boarded an offshore supply vessel about 20 nautical miles off Brass and abducted four crew members, two of them foreign nationals, security sources told our correspondent."),
    ev(BAT, "armed_clash", "2026-08-17", "day",
       note(loc("Oron", "the creeks near Oron, Akwa Ibom State", "Akwa Ibom", "NG", 4.82, 8.23, "region"),
            "creeks near Oron; coordinates of Oron"),
       "Military Forces of Nigeria", "state_forces", UAG_NG, "unknown", 3,
       evidence="Meanwhile, the Nigerian Navy said its personnel had killed three suspected pirates and recovered two AK-47 rifles during a gun duel in the creeks near Oron, Akwa Ibom State, on Monday."),
    ev(VAC, "abduction_forced_disappearance", "2025-11-15", "month",
       sea("Gulf of Guinea off Sao Tome", "about 40 nautical miles south of Sao Tome", "Agua Grande", "ST", 0.34, 6.73,
           "tanker boarded at sea south of Sao Tome; coordinates of the city of Sao Tome"),
       "Unidentified Armed Group (Sao Tome and Principe)", "unknown", CINT, "civilians",
       evidence="In November 2025, pirates boarded a product tanker about 40 nautical miles south of Sao Tome and abducted ten of its crew, who were freed in January after a ransom was reportedly paid.",
       bg=True),
]})

# 4 South China Sea: explainer
t4 = """EXPLAINER: Why a rusting warship on a remote shoal keeps Manila and Beijing at odds

MANILA (Sept 29) - Chinese coast guard ships fired water cannon at a Philippine government vessel near the Second Thomas Shoal on Sunday, injuring two crew members, the Philippine Coast Guard said, in the latest of a string of confrontations in the South China Sea. Here is what we know.

WHAT HAPPENED?

According to the Philippine Coast Guard, two Chinese coast guard ships shadowed, blocked and then blasted a Philippine patrol vessel with water cannon as it escorted a boat taking food and water to the marines stationed on the shoal. Two crew members were cut by shattered glass. China's coast guard said it had taken "necessary control measures" against ships that had "illegally intruded" into Chinese waters, and that its actions were "professional and restrained".

WHERE IS THE SHOAL?

The Second Thomas Shoal, called Ayungin in the Philippines and Ren'ai Jiao in China, is a submerged reef in the Spratly Islands about 200 km west of the Philippine island of Palawan, inside Manila's exclusive economic zone. Since 1999 a handful of Filipino marines have lived aboard the BRP Sierra Madre, a World War Two-era ship that was deliberately run aground there.

HAS THIS HAPPENED BEFORE?

Many times. A confrontation at the shoal in June 2024 left a Filipino sailor with a severed thumb and prompted talks that led to a provisional arrangement on resupply missions. On 5 August 2026, a Chinese coast guard ship fired water cannon at a Philippine fisheries bureau vessel near Scarborough Shoal, off the coast of Zambales province, damaging its mast.

WHY DOES IT MATTER?

An international tribunal ruled in 2016 that China's sweeping claims to most of the South China Sea had no legal basis, a ruling Beijing rejects. The Philippines and the United States are bound by a 1951 mutual defence treaty, and Washington has said the treaty would apply to armed attacks on Philippine coast guard vessels anywhere in the South China Sea.

WHAT NEXT?

Manila said it would file a diplomatic protest and that resupply missions would continue. Analysts expect more incidents as both sides increase patrols."""
CHN = "Military Forces of China (Coast Guard)"
PHL = "Police Forces of the Philippines (Coast Guard)"
arts.append({"id": "probe-psea-4", "url": None,
             "title": "EXPLAINER: Why a rusting warship on a remote shoal keeps Manila and Beijing at odds",
             "published": "2026-09-29", "text": t4, "events": [
    ev(SD, "other", "2026-09-27", "day",
       sea("Second Thomas Shoal", "near the Second Thomas Shoal", "Mimaropa", "PH", 9.74, 118.74,
           "submerged reef about 200 km west of Palawan; coordinates of Puerto Princesa, Palawan"),
       CHN, "state_forces", PHL, "state_forces", injured=2,
       evidence="Chinese coast guard ships fired water cannon at a Philippine government vessel near the Second Thomas Shoal on Sunday, injuring two crew members, the Philippine Coast Guard said, in the latest of a string of confrontations in the South China Sea."),
    ev(SD, "other", "2026-08-05", "day",
       sea("Scarborough Shoal", "near Scarborough Shoal, off the coast of Zambales province", "Central Luzon", "PH",
           15.54, 119.95, "shoal off Zambales; coordinates of Masinloc, Zambales"),
       CHN, "state_forces", "Government of the Philippines (Bureau of Fisheries)", "state_forces",
       evidence="On 5 August 2026, a Chinese coast guard ship fired water cannon at a Philippine fisheries bureau vessel near Scarborough Shoal, off the coast of Zambales province, damaging its mast.",
       bg=True),
]})

# 5 Sabah / Sulu Sea: Sabah local daily
t5 = """Three Indonesian fishermen abducted off Lahad Datu

LAHAD DATU: Three Indonesian crewmen were abducted by armed men from a fishing trawler in waters off Lahad Datu early yesterday, the Eastern Sabah Security Command (ESSCOM) said.

ESSCOM commander said five masked men armed with assault rifles arrived in a speedboat at about 2am, while the trawler was anchored some 10 nautical miles from shore. The gunmen ordered the crew to lie face down, picked out three Indonesian nationals and sped off towards Philippine waters. The Malaysian skipper and four other crewmen were left unharmed.

"We have informed our counterparts in the Philippines and Indonesia, and our assets are searching the area," he said, adding that security forces had stepped up patrols in the Eastern Sabah Security Zone (ESSZone).

In the southern Philippines, the military said marines intercepted a speedboat believed to be carrying the kidnappers off Sitangkai in Tawi-Tawi province early this morning. A firefight broke out in which two gunmen were killed, but the hostages were not on board, a regional military spokesman said. Troops were searching nearby islands.

Fishermen in Lahad Datu said they were afraid to go out to sea. "Every time this happens, we lose weeks of income," said a boat owner at the Lahad Datu fish landing complex.

Kidnap-for-ransom groups operating from the Sulu archipelago have long targeted crews of fishing boats and tugboats in the waters between Sabah and the southern Philippines. In January 2020, gunmen seized five Indonesian fishermen from a trawler off Tambisan, near Lahad Datu; they were freed by Philippine troops months later.

Malaysia, Indonesia and the Philippines began coordinated sea patrols in the area in 2017. The number of kidnappings fell sharply after that, and this is the first abduction of fishermen in Sabah waters in several years."""
arts.append({"id": "probe-psea-5", "url": None,
             "title": "Three Indonesian fishermen abducted off Lahad Datu",
             "published": "2026-06-04", "text": t5, "events": [
    ev(VAC, "abduction_forced_disappearance", "2026-06-03", "day",
       sea("Sulu Sea off Lahad Datu", "waters off Lahad Datu", "Sabah", "MY", 5.03, 118.33,
           "trawler anchored about 10 nautical miles from shore; coordinates of Lahad Datu"),
       "Unidentified Armed Group (Malaysia)", "unknown", "Civilians (Indonesia)", "civilians",
       evidence="Three Indonesian crewmen were abducted by armed men from a fishing trawler in waters off Lahad Datu early yesterday, the Eastern Sabah Security Command (ESSCOM) said."),
    ev(BAT, "armed_clash", "2026-06-04", "day",
       sea("Sitangkai", "off Sitangkai in Tawi-Tawi province", "Bangsamoro", "PH", 4.66, 119.39,
           "speedboat intercepted at sea off Sitangkai; coordinates of Sitangkai"),
       "Military Forces of the Philippines", "state_forces", "Unidentified Armed Group (Philippines)", "unknown", 2,
       evidence="In the southern Philippines, the military said marines intercepted a speedboat believed to be carrying the kidnappers off Sitangkai in Tawi-Tawi province early this morning."),
    ev(VAC, "abduction_forced_disappearance", "2020-01-15", "month",
       sea("Sulu Sea off Tambisan", "off Tambisan, near Lahad Datu", "Sabah", "MY", 5.03, 118.33,
           "Tambisan is a small place near Lahad Datu; coordinates of Lahad Datu"),
       "Unidentified Armed Group (Malaysia)", "unknown", "Civilians (Indonesia)", "civilians",
       evidence="In January 2020, gunmen seized five Indonesian fishermen from a trawler off Tambisan, near Lahad Datu; they were freed by Philippine troops months later.",
       bg=True),
]})

# 6 Black Sea: Odesa live-blog summary
t6 = """Odesa live: three port workers killed in overnight missile strike, drones hit Izmail and Chornomorsk

Summary of the morning, Thursday

- Russian forces struck port infrastructure in Odesa overnight with ballistic missiles, killing three port workers and injuring eight, the head of the regional military administration said. A Panama-flagged bulk carrier moored at a berth was damaged; a Syrian crew member is among the injured.

- Drones also attacked the Danube port of Izmail, setting a warehouse on fire. One person was injured, the regional administration said. Grain exports through the Danube ports have been a frequent target since 2023.

- In Chornomorsk, south of Odesa, a drone hit a grain terminal. No casualties were reported, but part of the terminal's conveyor system was destroyed.

- Ukraine's air force said it had shot down 38 of the 52 attack drones Russia launched overnight. Three ballistic missiles were not intercepted.

- Russia's defence ministry said on Wednesday morning that Black Sea Fleet ships had destroyed four Ukrainian uncrewed surface vessels heading towards Novorossiysk. There was no comment from Kyiv. Ukraine has used naval drones to push Russia's fleet out of the western Black Sea and away from its base in occupied Sevastopol.

- Odesa's mayor said public transport in the port district would run on a reduced schedule while debris is cleared.

Context: Russia has intensified attacks on Ukraine's southern ports since the summer, hitting ships as well as docks. On 29 September, a missile strike on the port of Pivdennyi killed a crane operator and damaged two grain silos.

Insurers say war-risk premiums for ships calling at Odesa, Chornomorsk and Pivdennyi have risen for the third time this year."""
RUS, UKR = "Military Forces of Russia", "Military Forces of Ukraine"
CUA = "Civilians (Ukraine)"
arts.append({"id": "probe-psea-6", "url": None,
             "title": "Odesa live: three port workers killed in overnight missile strike, drones hit Izmail and Chornomorsk",
             "published": "2026-10-22", "text": t6, "events": [
    ev(ERV, "shelling_artillery_missile_attack", "2026-10-22", "day",
       loc("Odesa", "Odesa", "Odesa Oblast", "UA", 46.48, 30.73),
       RUS, "state_forces", CUA, "civilians", 3, injured=8,
       evidence="Russian forces struck port infrastructure in Odesa overnight with ballistic missiles, killing three port workers and injuring eight, the head of the regional military administration said."),
    ev(ERV, "air_drone_strike", "2026-10-22", "day",
       loc("Izmail", "the Danube port of Izmail", "Odesa Oblast", "UA", 45.35, 28.84),
       RUS, "state_forces", CUA, "civilians", injured=1,
       evidence="Drones also attacked the Danube port of Izmail, setting a warehouse on fire."),
    ev(ERV, "air_drone_strike", "2026-10-22", "day",
       loc("Chornomorsk", "Chornomorsk, south of Odesa", "Odesa Oblast", "UA", 46.30, 30.66),
       RUS, "state_forces", None, None, 0,
       evidence="In Chornomorsk, south of Odesa, a drone hit a grain terminal."),
    ev(SD, "disrupted_weapons_use", "2026-10-22", "day",
       note(loc("Ukraine", None, None, "UA", 50.45, 30.52, "country"), "no place given; coordinates of Kyiv"),
       UKR, "state_forces", RUS, "state_forces",
       evidence="Ukraine's air force said it had shot down 38 of the 52 attack drones Russia launched overnight."),
    ev(SD, "disrupted_weapons_use", "2026-10-21", "week",
       sea("Black Sea off Novorossiysk", "heading towards Novorossiysk", "Krasnodar Krai", "RU", 44.72, 37.77,
           "sea drones destroyed at sea on their way to Novorossiysk; coordinates of Novorossiysk"),
       RUS, "state_forces", UKR, "state_forces",
       evidence="Russia's defence ministry said on Wednesday morning that Black Sea Fleet ships had destroyed four Ukrainian uncrewed surface vessels heading towards Novorossiysk."),
    ev(ERV, "shelling_artillery_missile_attack", "2026-09-29", "day",
       loc("Yuzhne", "the port of Pivdennyi", "Odesa Oblast", "UA", 46.62, 31.10),
       RUS, "state_forces", CUA, "civilians", 1,
       evidence="On 29 September, a missile strike on the port of Pivdennyi killed a crane operator and damaged two grain silos.",
       bg=True),
]})

# 7 Libya: rescue NGO press release
t7 = """Libyan patrol boat opens fire on rescue ship off Zuwara

PRESS RELEASE - 10 July 2026

A patrol boat of the Libyan Coast Guard fired live rounds at our search and rescue ship, the Sea Lantern, in international waters about 35 nautical miles north of Zuwara on Wednesday afternoon, while our team was assisting a rubber boat in distress. No one was hit, but several bullets struck the bridge and one of our rescue dinghies.

The patrol boat then intercepted the rubber boat, which was carrying around 60 people, among them at least eight children, and took them back to Libya. We fear they will be sent to detention centres where migrants are routinely exposed to abuse and extortion.

"Our crew were doing what the law of the sea requires: rescuing people in distress. Being shot at for it is unacceptable," said the ship's head of mission.

The shooting took place while western Libya remains tense. On Monday, fighting between rival armed groups near the port of Zawiya killed two fighters and closed the coastal road for several hours, according to local media.

This is not the first time a rescue ship has come under fire. In August 2025, a Libyan patrol vessel fired hundreds of rounds at another charity's rescue ship in international waters, damaging its bridge and lifeboats.

Patrol boats used by the Libyan Coast Guard have been supplied and its crews trained with European funding. We call on the European Union and its member states to suspend this support and to open an independent investigation into Wednesday's shooting.

The Sea Lantern has since disembarked 143 survivors of earlier rescues in Sicily."""
LCG = "Military Forces of Libya (Libyan Coast Guard)"
arts.append({"id": "probe-psea-7", "url": None,
             "title": "Libyan patrol boat opens fire on rescue ship off Zuwara",
             "published": "2026-07-10", "text": t7, "events": [
    ev(VAC, "attack", "2026-07-08", "day",
       sea("Mediterranean Sea off Zuwara", "about 35 nautical miles north of Zuwara", "An Nuqat al Khams", "LY",
           32.93, 12.08, "ship fired on at sea north of Zuwara; coordinates of Zuwara"),
       LCG, "state_forces", CINT, "civilians", 0,
       evidence="A patrol boat of the Libyan Coast Guard fired live rounds at our search and rescue ship, the Sea Lantern, in international waters about 35 nautical miles north of Zuwara on Wednesday afternoon, while our team was assisting a rubber boat in distress."),
    ev(BAT, "armed_clash", "2026-07-06", "day",
       loc("Az Zawiyah", "near the port of Zawiya", "Az Zawiyah", "LY", 32.76, 12.73),
       "Unidentified Armed Group (Libya)", "unknown", "Unidentified Armed Group (Libya)", "unknown", 2,
       evidence="On Monday, fighting between rival armed groups near the port of Zawiya killed two fighters and closed the coastal road for several hours, according to local media."),
    ev(VAC, "attack", "2025-08-15", "month",
       note(loc("Libya", "in international waters", None, "LY", 32.89, 13.19, "country"),
            "at sea off Libya, no place given; coordinates of Tripoli"),
       LCG, "state_forces", CINT, "civilians",
       evidence="In August 2025, a Libyan patrol vessel fired hundreds of rounds at another charity's rescue ship in international waters, damaging its bridge and lifeboats.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-psea.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
