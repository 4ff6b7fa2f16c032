"""Builds probe-elect.jsonl: own-written articles on violence and unrest around elections and politics (a mayoral
candidate shot at a campaign event in Michoacán, a march against a constitution change broken up in Kinshasa,
a protester shot at a roadblock in Honduras during a vote-count dispute, a governorship election day in Osun,
an opposition hartal in Bangladesh, rival camps clashing at a rally in Homa Bay, a polling day in West Bengal), in
the idioms of a US wire, a French wire, a Central American daily, a Nigerian daily, a Bangladeshi daily, a Kenyan
daily and an Indian news agency; background paragraphs with single dated incidents, year-only history and
aggregate tolls (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                               "riots", "strategic_developments")


def note(location, text):
    location["coords_note"] = text
    return location


# 1 Mexico, Michoacán and Guerrero: AP-style copy from Mexico City
t1 = """Mayoral candidate shot dead at campaign event in western Mexico

MEXICO CITY (AP) — Gunmen killed a candidate for mayor and one of her campaign volunteers as she greeted supporters in a town square in the western state of Michoacán, authorities said Wednesday, the latest in a string of attacks on politicians ahead of local elections.

Yolanda Cervantes Ruiz, who was running for mayor of Zitácuaro for a local coalition, was shaking hands with residents late Tuesday when two men climbed out of a pickup truck and opened fire, the state prosecutor's office said in a statement. A 24-year-old volunteer died at the scene and Cervantes died on the way to hospital. Three other people, including a 12-year-old boy, were wounded.

"This was an attack meant to send a message to everyone who is campaigning," the state's chief prosecutor told reporters, adding that investigators had recovered more than 30 shell casings. No arrests had been made by Wednesday afternoon.

Michoacán's governor condemned the killing and said federal troops would reinforce security in the area, which borders the State of Mexico and has long been disputed by drug cartels.

Violence has also touched the southern state of Guerrero. On Sunday, armed men took a council candidate from her home in Chilapa de Álvarez, in the state's mountainous center, her party said. She was freed unharmed on a road outside the town the following night; it was not clear whether a ransom had been paid.

In Uruapan, an avocado-growing city in Michoacán, unidentified attackers set fire to a party's campaign office before dawn on Monday. No one was hurt, firefighters said.

Mexico's 2024 election campaign was the most violent in its recent history. In one of the best-known cases, Gisela Gaytán, who was running for mayor of Celaya in Guanajuato state, was shot dead on April 1, 2024, minutes after launching her campaign. Consulting firm Integralia counted more than 30 candidates killed during that cycle.

Analysts say criminal groups use threats and killings to put friendly officials in place, securing control of local police and public contracts."""
arts.append({"id": "probe-elect-1", "url": None,
             "title": "Mayoral candidate shot dead at campaign event in western Mexico",
             "published": "2026-05-27", "text": t1, "events": [
    ev(VAC, "attack", "2026-05-26", "day",
       loc("Heroica Zitácuaro", "a town square in the western state of Michoacán ... Zitácuaro", "Michoacán", "MX",
           19.44, -100.36),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 2, injured=3,
       evidence="Yolanda Cervantes Ruiz, who was running for mayor of Zitácuaro for a local coalition, was shaking hands with residents late Tuesday when two men climbed out of a pickup truck and opened fire, the state prosecutor's office said in a statement."),
    ev(VAC, "abduction_forced_disappearance", "2026-05-24", "day",
       loc("Chilapa de Álvarez", "her home in Chilapa de Álvarez", "Guerrero", "MX", 17.60, -99.17),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians",
       evidence="On Sunday, armed men took a council candidate from her home in Chilapa de Álvarez, in the state's mountainous center, her party said."),
    ev(SD, "looting_property_destruction", "2026-05-25", "day",
       loc("Uruapan", "Uruapan, an avocado-growing city in Michoacán", "Michoacán", "MX", 19.42, -102.06),
       "Unidentified Armed Group (Mexico)", "unknown", None, None, 0,
       evidence="In Uruapan, an avocado-growing city in Michoacán, unidentified attackers set fire to a party's campaign office before dawn on Monday."),
    ev(VAC, "attack", "2024-04-01", "day",
       loc("Celaya", "Celaya in Guanajuato state", "Guanajuato", "MX", 20.52, -100.81),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 1,
       evidence="In one of the best-known cases, Gisela Gaytán, who was running for mayor of Celaya in Guanajuato state, was shot dead on April 1, 2024, minutes after launching her campaign.",
       bg=True),
]})

# 2 DR Congo, Kinshasa, Lubumbashi and Mbuji-Mayi: AFP-style copy
t2 = """One dead as DR Congo police break up march against constitution change

KINSHASA, March 18, 2026 (AFP) - Police in the Democratic Republic of Congo fired tear gas and live rounds on Tuesday to break up an opposition march against plans to change the constitution, killing a young man in the capital Kinshasa, a rights group and a hospital source said.

Several thousand people had gathered in the Limete district in the morning at the call of opposition parties and Catholic lay activists, who accuse President Felix Tshisekedi of seeking to remove the two-term limit so that he can stand again in 2028.

When the marchers set off towards parliament, police blocked the boulevard and fired volleys of tear gas, then live ammunition, witnesses told AFP. A man in his twenties was hit in the chest and died in hospital, according to the rights group ASADHO, which said eight other people were being treated for gunshot wounds.

A police spokesman said officers had faced "a hostile crowd armed with stones" and denied that live rounds were used.

In Lubumbashi, the country's second city, youths put up barricades, burnt tyres and threw stones at police in the working-class commune of Kenya. Police dispersed them with tear gas and arrested 23 people, the provincial government said.

On Monday evening, in Mbuji-Mayi, a stronghold of the ruling UDPS, a crowd of Tshisekedi supporters ransacked and set fire to the local headquarters of Moise Katumbi's opposition party Ensemble pour la Republique, party officials said. No one was injured.

The government said Tuesday's march had not been authorised and accused the organisers of "seeking chaos".

Tshisekedi, re-elected in December 2023 in a vote the opposition called a sham, has said the constitution drafted in 2005 no longer suits the country's needs.

The last large wave of such protests came under his predecessor Joseph Kabila. On January 21, 2018, security forces fired on Catholic-led marches in Kinshasa calling on Kabila to step down, killing at least six people, according to the United Nations."""
CD_POL = "Police Forces of the Democratic Republic of Congo"
arts.append({"id": "probe-elect-2", "url": None,
             "title": "One dead as DR Congo police break up march against constitution change",
             "published": "2026-03-18", "text": t2, "events": [
    ev(PRO, "excessive_force_against_protesters", "2026-03-17", "day",
       loc("Kinshasa", "the Limete district ... the capital Kinshasa", "Kinshasa", "CD", -4.33, 15.31),
       CD_POL, "state_forces", "Protesters (Democratic Republic of Congo)", "protesters", 1, injured=8,
       evidence="Police in the Democratic Republic of Congo fired tear gas and live rounds on Tuesday to break up an opposition march against plans to change the constitution, killing a young man in the capital Kinshasa, a rights group and a hospital source said."),
    ev(RIO, "violent_demonstration", "2026-03-17", "day",
       loc("Lubumbashi", "Lubumbashi, the country's second city ... the working-class commune of Kenya",
           "Haut-Katanga", "CD", -11.66, 27.48),
       "Rioters (Democratic Republic of Congo)", "rioters", CD_POL, "state_forces",
       evidence="In Lubumbashi, the country's second city, youths put up barricades, burnt tyres and threw stones at police in the working-class commune of Kenya."),
    ev(RIO, "mob_violence", "2026-03-16", "day",
       loc("Mbuji-Mayi", "Mbuji-Mayi, a stronghold of the ruling UDPS", "Kasai-Oriental", "CD", -6.14, 23.59),
       "Rioters (Democratic Republic of Congo)", "rioters", None, None, 0,
       evidence="On Monday evening, in Mbuji-Mayi, a stronghold of the ruling UDPS, a crowd of Tshisekedi supporters ransacked and set fire to the local headquarters of Moise Katumbi's opposition party Ensemble pour la Republique, party officials said."),
    ev(PRO, "excessive_force_against_protesters", "2018-01-21", "day",
       loc("Kinshasa", "Kinshasa", "Kinshasa", "CD", -4.33, 15.31),
       "Security Forces of the Democratic Republic of Congo", "state_forces",
       "Protesters (Democratic Republic of Congo)", "protesters", 6, 6,
       evidence="On January 21, 2018, security forces fired on Catholic-led marches in Kinshasa calling on Kabila to step down, killing at least six people, according to the United Nations.",
       bg=True),
]})

# 3 Honduras, Choloma, Tegucigalpa, San Pedro Sula and La Ceiba: Central American daily, translated style
t3 = """Protester killed at roadblock in Choloma as vote-count dispute heats up

SAN PEDRO SULA. – A young man who was taking part in a roadblock set up by Liberal Party supporters on the CA-5 highway at the exit of Choloma died in the early hours of this Wednesday after unknown men travelling on a motorcycle fired at the group, the National Police reported.

The victim, identified as Kevin Alexander Mejía, 23, was hit by several bullets at around 1:00 in the morning and died at the scene. Two other demonstrators were wounded and taken to the Mario Catarino Rivas hospital in San Pedro Sula.

A police spokesman said the motive was being investigated and did not rule out a "personal matter". The Liberal Party blamed "hired killers" and demanded a full investigation.

The Liberals have been protesting for a week to demand a vote-by-vote recount of the November 30 presidential election, which the National Electoral Council (CNE) has not yet declared.

In the capital, hundreds of Liberal supporters who had gathered on Tuesday afternoon outside the warehouse where the CNE keeps the tally sheets threw stones and firecrackers at agents of the Military Police of Public Order (PMOP), who responded with tear gas. Six agents and at least four protesters were injured and nine people were detained, according to the Security Ministry.

In San Pedro Sula, a caravan of several hundred vehicles flying red and white flags drove along the main boulevards on Monday night without incident.

In La Ceiba, taxi drivers and market vendors joined a "paro" called by the party, leaving the center of the port city almost deserted on Tuesday.

Honduras went through a similar crisis after the 2017 elections, when more than 20 people died in weeks of protests. On December 1 of that year, the government decreed a ten-day curfew across the country.

The CNE president asked for "patience and calm" and said the count would be completed before the end of the month."""
arts.append({"id": "probe-elect-3", "url": None,
             "title": "Protester killed at roadblock in Choloma as vote-count dispute heats up",
             "published": "2025-12-10", "text": t3, "events": [
    ev(VAC, "attack", "2025-12-10", "day",
       loc("Choloma", "the CA-5 highway at the exit of Choloma", "Cortés", "HN", 15.61, -87.95),
       "Unidentified Armed Group (Honduras)", "unknown", "Protesters (Honduras)", "protesters", 1, injured=2,
       evidence="A young man who was taking part in a roadblock set up by Liberal Party supporters on the CA-5 highway at the exit of Choloma died in the early hours of this Wednesday after unknown men travelling on a motorcycle fired at the group, the National Police reported."),
    ev(RIO, "violent_demonstration", "2025-12-09", "day",
       loc("Tegucigalpa", "the capital ... outside the warehouse where the CNE keeps the tally sheets",
           "Francisco Morazán", "HN", 14.08, -87.21),
       "Rioters (Honduras)", "rioters", "Military Police of Public Order (Honduras)", "state_forces", injured=10,
       evidence="In the capital, hundreds of Liberal supporters who had gathered on Tuesday afternoon outside the warehouse where the CNE keeps the tally sheets threw stones and firecrackers at agents of the Military Police of Public Order (PMOP), who responded with tear gas."),
    ev(PRO, "peaceful_protest", "2025-12-08", "day",
       loc("San Pedro Sula", "San Pedro Sula", "Cortés", "HN", 15.51, -88.03),
       "Protesters (Honduras)", "protesters", None, None,
       evidence="In San Pedro Sula, a caravan of several hundred vehicles flying red and white flags drove along the main boulevards on Monday night without incident."),
    ev(PRO, "peaceful_protest", "2025-12-09", "day",
       loc("La Ceiba", "the center of the port city", "Atlántida", "HN", 15.76, -86.78),
       "Protesters (Honduras)", "protesters", None, None,
       evidence="In La Ceiba, taxi drivers and market vendors joined a \"paro\" called by the party, leaving the center of the port city almost deserted on Tuesday."),
    ev(SD, "other", "2017-12-01", "day",
       note(loc("Tegucigalpa", "across the country", None, "HN", 14.08, -87.21, "country"),
            "country-wide curfew; the capital's coordinates"),
       "Government of Honduras", "state_forces", None, None,
       evidence="On December 1 of that year, the government decreed a ten-day curfew across the country.",
       bg=True),
]})

# 4 Nigeria, Osun State governorship election: Nigerian daily style
t4 = """Osun guber: Two killed, ballot boxes burnt as thugs disrupt voting

By Bola Adewale, Osogbo

Two persons were killed and several others injured in violence that marred Saturday's governorship election in Osun State, the police have confirmed.

The Police Public Relations Officer in the state, SP Yemisi Opalola, told our correspondent on Sunday that a voter died after being macheted by hoodlums in Ilesa, while a party agent was shot dead by gunmen in Ede.

She said, "At about 11am on Saturday, some hoodlums numbering about 15 invaded a polling unit in Ilesa East Local Government Area, snatched ballot boxes and set them ablaze. One of the voters who tried to resist them was macheted and later died in the hospital. Three others sustained injuries.

"In Ede North, a party agent was shot dead at about 2pm by gunmen who came on a motorcycle. Investigation is ongoing to apprehend the perpetrators."

Opalola added that the command had arrested 31 suspects across the state for electoral offences, including vote-buying and possession of firearms.

Meanwhile, supporters of the two leading parties clashed near the INEC collation centre in Osogbo on Sunday afternoon, hurling stones and bottles at each other before policemen dispersed them with tear gas. Several vehicles parked along the road were vandalised.

The Resident Electoral Commissioner, who described the incidents as "unfortunate", said voting would hold again on Tuesday in the affected polling unit.

A civil society coalition observing the poll said voting was largely peaceful in most parts of the state, although it noted late arrival of materials and vote-buying in several wards.

Last month, the INEC office in Ikire, Irewole Local Government Area, was set ablaze by unknown persons, destroying over 200 ballot boxes and voting cubicles.

The state has a history of bitter contests; the 2018 governorship poll went into a rerun after the first ballot was declared inconclusive."""
arts.append({"id": "probe-elect-4", "url": None,
             "title": "Osun guber: Two killed, ballot boxes burnt as thugs disrupt voting",
             "published": "2026-08-10", "text": t4, "events": [
    ev(VAC, "attack", "2026-08-08", "day",
       note(loc("Ilesa", "a polling unit in Ilesa East Local Government Area", "Osun", "NG", 7.63, 4.74, "region"),
            "a polling unit in Ilesa East LGA; Ilesa's coordinates"),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 1, injured=3,
       evidence="\"At about 11am on Saturday, some hoodlums numbering about 15 invaded a polling unit in Ilesa East Local Government Area, snatched ballot boxes and set them ablaze."),
    ev(VAC, "attack", "2026-08-08", "day",
       note(loc("Ede", "Ede North", "Osun", "NG", 7.74, 4.44, "region"), "Ede North LGA; Ede's coordinates"),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 1,
       evidence="\"In Ede North, a party agent was shot dead at about 2pm by gunmen who came on a motorcycle."),
    ev(SD, "arrests", "2026-08-09", "week",
       note(loc("Osogbo", "across the state", "Osun", "NG", 7.77, 4.56, "admin1"), "Osun State; its capital"),
       "Police Forces of Nigeria", "state_forces", "Civilians (Nigeria)", "civilians",
       evidence="Opalola added that the command had arrested 31 suspects across the state for electoral offences, including vote-buying and possession of firearms."),
    ev(RIO, "mob_violence", "2026-08-09", "day",
       loc("Osogbo", "near the INEC collation centre in Osogbo", "Osun", "NG", 7.77, 4.56),
       "Rioters (Nigeria)", "rioters", "Rioters (Nigeria)", "rioters",
       evidence="Meanwhile, supporters of the two leading parties clashed near the INEC collation centre in Osogbo on Sunday afternoon, hurling stones and bottles at each other before policemen dispersed them with tear gas."),
    ev(SD, "looting_property_destruction", "2026-07-15", "month",
       loc("Ikire", "the INEC office in Ikire, Irewole Local Government Area", "Osun", "NG", 7.37, 4.19),
       "Unidentified Armed Group (Nigeria)", "unknown", None, None,
       evidence="Last month, the INEC office in Ikire, Irewole Local Government Area, was set ablaze by unknown persons, destroying over 200 ballot boxes and voting cubicles.",
       bg=True),
]})

# 5 Bangladesh, opposition hartal: Bangladeshi daily style
t5 = """Hartal: 1 killed in Bogura clash, buses torched in capital

Staff Correspondent

One person was killed and over 40 injured in clashes, while at least six vehicles were torched in the capital and elsewhere during the daylong hartal enforced by the opposition alliance yesterday.

The hartal, from 6:00am to 6:00pm, was called to protest what the alliance calls the "stolen election" of February 12 and the killing of one of its activists in police firing in Cumilla the following day. Traffic was thin on Dhaka's roads and most shops remained closed in major cities.

In Bogura, Abdul Motaleb, 38, a local leader of the ruling party's farmers' wing, died after being hit with sharp weapons during a clash between ruling party men and hartal supporters in Sherpur upazila around 10:30am, said the officer-in-charge of Sherpur Police Station. At least 25 people were injured in the clash, which continued for about an hour.

In the capital, pro-hartal activists set fire to two buses in Jatrabari and exploded at least five crude bombs near Shahbagh intersection in the morning, police and witnesses said. Police fired tear gas shells and rubber bullets to chase them away and detained 18 people from the spot.

Hartal supporters also blocked the Dhaka-Chattogram highway at Mohipal in Feni for nearly two hours until police removed them, detaining 12, said the Feni superintendent of police.

In Khulna, activists of the alliance brought out processions in different parts of the city in the morning. No untoward incident was reported there.

The alliance leaders said the hartal was "spontaneously observed" across the country and announced a fresh programme of sit-ins from Sunday.

On February 13, Rakib Hasan, 24, an activist of the alliance, was shot dead when police opened fire on a procession in Cumilla's Daudkandi upazila. Police claimed the marchers had attacked the upazila election office.

Hartals were a regular feature of Bangladeshi politics in the last decade, and hundreds of people were killed or burnt in arson attacks on vehicles during the 2013-2015 agitation."""
arts.append({"id": "probe-elect-5", "url": None,
             "title": "Hartal: 1 killed in Bogura clash, buses torched in capital",
             "published": "2026-03-04", "text": t5, "events": [
    ev(RIO, "mob_violence", "2026-03-03", "day",
       note(loc("Sherpur", "Sherpur upazila", "Rajshahi Division", "BD", 24.67, 89.42, "region"),
            "Sherpur upazila of Bogura district (not Sherpur of Mymensingh); approximate"),
       "Rioters (Bangladesh)", "rioters", "Rioters (Bangladesh)", "rioters", 1, injured=25,
       evidence="In Bogura, Abdul Motaleb, 38, a local leader of the ruling party's farmers' wing, died after being hit with sharp weapons during a clash between ruling party men and hartal supporters in Sherpur upazila around 10:30am, said the officer-in-charge of Sherpur Police Station."),
    ev(RIO, "violent_demonstration", "2026-03-03", "day",
       loc("Dhaka", "Jatrabari ... Shahbagh intersection", "Dhaka Division", "BD", 23.71, 90.41),
       "Rioters (Bangladesh)", "rioters", "Police Forces of Bangladesh", "state_forces",
       evidence="In the capital, pro-hartal activists set fire to two buses in Jatrabari and exploded at least five crude bombs near Shahbagh intersection in the morning, police and witnesses said."),
    ev(PRO, "protest_with_intervention", "2026-03-03", "day",
       note(loc("Feni", "Mohipal in Feni", "Chattogram", "BD", 23.01, 91.40),
            "Mohipal, on the highway at Feni; Feni's coordinates"),
       "Protesters (Bangladesh)", "protesters", "Police Forces of Bangladesh", "state_forces",
       evidence="Hartal supporters also blocked the Dhaka-Chattogram highway at Mohipal in Feni for nearly two hours until police removed them, detaining 12, said the Feni superintendent of police."),
    ev(PRO, "peaceful_protest", "2026-03-03", "day",
       loc("Khulna", "different parts of the city", "Khulna Division", "BD", 22.81, 89.56),
       "Protesters (Bangladesh)", "protesters", None, None,
       evidence="In Khulna, activists of the alliance brought out processions in different parts of the city in the morning."),
    ev(PRO, "excessive_force_against_protesters", "2026-02-13", "day",
       note(loc("Daudkandi", "Cumilla's Daudkandi upazila", "Chattogram", "BD", 23.53, 90.72, "region"),
            "Daudkandi upazila; approximate (not in the gazetteer)"),
       "Police Forces of Bangladesh", "state_forces", "Protesters (Bangladesh)", "protesters", 1,
       evidence="On February 13, Rakib Hasan, 24, an activist of the alliance, was shot dead when police opened fire on a procession in Cumilla's Daudkandi upazila.",
       bg=True),
]})

# 6 Kenya, Homa Bay, Nyeri and Kisumu: Kenyan daily style
t6 = """Two shot dead as rival camps clash at Oyugis rally

Two people were shot dead and nine others injured when supporters of rival parliamentary aspirants clashed at a political rally in Oyugis town, Homa Bay County, on Sunday afternoon.

Homa Bay County Police Commander Peter Kimani said the chaos started when a group of youths stormed the meeting, pelting the crowd and the aspirant's entourage with stones. Gunshots were then heard as people scampered for safety.

"We have recovered 14 spent cartridges at the scene. Two men died on the spot from gunshot wounds while nine others are admitted at the county referral hospital," Kimani said. He did not say who fired the shots.

Four suspects, among them a bodyguard attached to a county official, were arrested on Monday in Oyugis and will be arraigned today, police said.

The incident came a day after goons disrupted a rally by opposition leaders in Othaya, Nyeri County, on Saturday, hurling stones and teargas canisters at the podium and forcing the leaders to flee. At least eight people were injured, according to the Kenya Red Cross.

On Monday, hundreds of youths in Kisumu blocked the Kisumu-Kakamega road and chanted slogans to protest the Oyugis killings before anti-riot police dispersed them with teargas. No arrests were made.

Interior ministry officials warned politicians against hiring gangs ahead of next year's General Election, while the electoral commission said it would bar aspirants found to have incited violence.

Observers have raised concern that the campaign season has started early and with bloodshed. They recall the murder of the electoral commission's ICT manager, Chris Msando, whose tortured body was found in a forest in Kikuyu, Kiambu County, on July 31, 2017, days before that year's election.

More than 1,100 people were killed in the violence that followed the disputed 2007 presidential election."""
arts.append({"id": "probe-elect-6", "url": None,
             "title": "Two shot dead as rival camps clash at Oyugis rally",
             "published": "2026-10-13", "text": t6, "events": [
    ev(RIO, "mob_violence", "2026-10-11", "day",
       loc("Oyugis", "Oyugis town, Homa Bay County", "Homa Bay", "KE", -0.51, 34.73),
       "Rioters (Kenya)", "rioters", "Rioters (Kenya)", "rioters", 2, injured=9,
       evidence="Two people were shot dead and nine others injured when supporters of rival parliamentary aspirants clashed at a political rally in Oyugis town, Homa Bay County, on Sunday afternoon."),
    ev(SD, "arrests", "2026-10-12", "day",
       loc("Oyugis", "Oyugis", "Homa Bay", "KE", -0.51, 34.73),
       "Police Forces of Kenya", "state_forces", "Civilians (Kenya)", "civilians",
       evidence="Four suspects, among them a bodyguard attached to a county official, were arrested on Monday in Oyugis and will be arraigned today, police said."),
    ev(RIO, "mob_violence", "2026-10-10", "day",
       loc("Othaya", "Othaya, Nyeri County", "Nyeri", "KE", -0.55, 36.93),
       "Rioters (Kenya)", "rioters", "Civilians (Kenya)", "civilians", injured=8,
       evidence="The incident came a day after goons disrupted a rally by opposition leaders in Othaya, Nyeri County, on Saturday, hurling stones and teargas canisters at the podium and forcing the leaders to flee."),
    ev(PRO, "protest_with_intervention", "2026-10-12", "day",
       loc("Kisumu", "the Kisumu-Kakamega road", "Kisumu", "KE", -0.10, 34.76),
       "Protesters (Kenya)", "protesters", "Police Forces of Kenya", "state_forces",
       evidence="On Monday, hundreds of youths in Kisumu blocked the Kisumu-Kakamega road and chanted slogans to protest the Oyugis killings before anti-riot police dispersed them with teargas."),
    ev(VAC, "attack", "2017-07-31", "week",
       note(loc("Kikuyu", "a forest in Kikuyu, Kiambu County", "Kiambu", "KE", -1.25, 36.66, "region"),
            "a forest near Kikuyu; the town's coordinates"),
       "Unidentified Armed Group (Kenya)", "unknown", "Civilians (Kenya)", "civilians", 1,
       evidence="They recall the murder of the electoral commission's ICT manager, Chris Msando, whose tortured body was found in a forest in Kikuyu, Kiambu County, on July 31, 2017, days before that year's election.",
       bg=True),
]})

# 7 India, West Bengal assembly polls: Indian news agency style
t7 = """TMC worker killed, booth torched as violence mars second phase of Bengal polls

Kolkata, Apr 23 (PTI) A TMC worker was killed and at least 12 people were injured as sporadic violence marred the second phase of assembly polls in West Bengal on Thursday, officials said.

The TMC worker, identified as Rafikul Sheikh (42), was beaten to death allegedly by BJP supporters near a polling booth in Murshidabad district's Beldanga area in the morning, police said. The BJP denied the charge and claimed the killing was the fallout of an internal feud in the ruling party.

In Cooch Behar's Dinhata, a mob set fire to a polling station set up in a primary school and threw EVMs into a pond after alleging rigging, forcing polling there to be suspended, an Election Commission official said. No one was injured.

Central forces resorted to lathi-charge to disperse villagers who had gheraoed a booth in Nandigram in Purba Medinipur district, alleging that they were being prevented from casting their votes, the official said. Several villagers were injured.

In North 24 Parganas' Basirhat, crude bombs were hurled at a BJP candidate's car, injuring his driver, police said. The candidate escaped unhurt.

"Barring a few stray incidents, polling has been peaceful," the state's Chief Electoral Officer told reporters. A voter turnout of nearly 79 per cent was recorded till 5 pm.

The TMC and the BJP traded charges over the violence, with each accusing the other of bringing in outsiders to intimidate voters.

Nandigram was the scene of police firing that killed 14 villagers protesting against land acquisition in 2007. At least 15 people were killed on polling day alone during the 2023 panchayat elections in the state."""
arts.append({"id": "probe-elect-7", "url": None,
             "title": "TMC worker killed, booth torched as violence mars second phase of Bengal polls",
             "published": "2026-04-23", "text": t7, "events": [
    ev(RIO, "mob_violence", "2026-04-23", "day",
       note(loc("Beldanga", "Murshidabad district's Beldanga area", "West Bengal", "IN", 23.93, 88.26, "region"),
            "near a polling booth in the Beldanga area; Beldanga's coordinates"),
       "Rioters (India)", "rioters", "Civilians (India)", "civilians", 1,
       evidence="The TMC worker, identified as Rafikul Sheikh (42), was beaten to death allegedly by BJP supporters near a polling booth in Murshidabad district's Beldanga area in the morning, police said."),
    ev(RIO, "violent_demonstration", "2026-04-23", "day",
       loc("Dinhata", "Cooch Behar's Dinhata", "West Bengal", "IN", 26.14, 89.46),
       "Rioters (India)", "rioters", None, None, 0,
       evidence="In Cooch Behar's Dinhata, a mob set fire to a polling station set up in a primary school and threw EVMs into a pond after alleging rigging, forcing polling there to be suspended, an Election Commission official said."),
    ev(PRO, "protest_with_intervention", "2026-04-23", "day",
       note(loc("Nandigram", "Nandigram in Purba Medinipur district", "West Bengal", "IN", 22.01, 87.99),
            "approximate (not in the gazetteer)"),
       "Protesters (India)", "protesters", "Police Forces of India", "state_forces",
       evidence="Central forces resorted to lathi-charge to disperse villagers who had gheraoed a booth in Nandigram in Purba Medinipur district, alleging that they were being prevented from casting their votes, the official said."),
    ev(ERV, "grenade", "2026-04-23", "day",
       loc("Basirhat", "North 24 Parganas' Basirhat", "West Bengal", "IN", 22.66, 88.85),
       "Unidentified Armed Group (India)", "unknown", "Civilians (India)", "civilians", injured=1,
       evidence="In North 24 Parganas' Basirhat, crude bombs were hurled at a BJP candidate's car, injuring his driver, police said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-elect.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
