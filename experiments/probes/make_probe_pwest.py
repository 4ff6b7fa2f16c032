"""Builds probe-pwest.jsonl: own-written articles on political violence and unrest in Europe and the
Americas (arson and vandalism of party offices, attacks on candidates, anti-migrant riots, clashes with
police, sabotage of power lines, farmers' blockades, raids on militants, a shooting at a rally; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, PRO, RIO, SD = ("violence_against_civilians", "protests", "riots", "strategic_developments")

# 1 Germany: arson at a party office and an assault on a campaigner (wire)
t1 = """Arson attack on AfD office in Cottbus as campaign violence mounts

BERLIN, Feb 10 (dpa-AFX) - Unknown attackers set fire to a constituency office of the far-right Alternative for Germany (AfD) in the eastern city of Cottbus early on Sunday, police said, the latest in a string of attacks on politicians and party premises two weeks before Germany's snap federal election.

A passer-by raised the alarm shortly after 3 a.m. when flames were seen behind the shop window of the office on Berliner Strasse. Firefighters put out the blaze before it spread to the flats above. Nobody was hurt, but the ground floor was gutted. Brandenburg's state criminal police office (LKA) said it had found traces of an accelerant and that its state protection unit, which handles politically motivated crimes, had taken over the case.

The AfD's regional leader called the fire "an attack on democracy". The party has reported dozens of smashed windows and daubed slogans at its offices since the government coalition collapsed in November.

Parties across the spectrum have complained of intimidation. On Saturday evening, two men punched and kicked a 28-year-old Green Party volunteer who was putting up election posters in the Striesen district of Dresden, police in Saxony said. The man suffered a broken nose and was treated in hospital. Officers detained two suspects, aged 17 and 19, near the scene on Sunday morning; one of them was known to police for far-right offences.

Hours later, around 3,000 people gathered on the Neumarkt square in Dresden for a rally against political violence organised by local churches and trade unions. Police said the event was peaceful.

Saxony has seen repeated assaults on campaigners. On 3 May last year, Social Democrat MEP Matthias Ecke was beaten by a group of four youths while hanging posters in Dresden and needed surgery on his face.

Federal Interior Ministry figures show that crimes against politicians and party offices more than doubled between 2019 and 2023. The ministry said it would present figures for last year in the spring."""
arts.append({"id": "probe-pwest-1", "url": None,
             "title": "Arson attack on AfD office in Cottbus as campaign violence mounts",
             "published": "2025-02-10", "text": t1, "events": [
    ev(SD, "looting_property_destruction", "2025-02-09", "day",
       loc("Cottbus", "the eastern city of Cottbus", "Brandenburg", "DE", 51.76, 14.33),
       "Unidentified Armed Group (Germany)", "unknown", None, None,
       evidence="Unknown attackers set fire to a constituency office of the far-right Alternative for Germany (AfD) in the eastern city of Cottbus early on Sunday, police said, the latest in a string of attacks on politicians and party premises two weeks before Germany's snap federal election."),
    ev(VAC, "attack", "2025-02-08", "day",
       loc("Dresden", "the Striesen district of Dresden", "Saxony", "DE", 51.05, 13.74),
       "Unidentified Armed Group (Germany)", "unknown", "Civilians (Germany)", "civilians", injured=1,
       evidence="On Saturday evening, two men punched and kicked a 28-year-old Green Party volunteer who was putting up election posters in the Striesen district of Dresden, police in Saxony said."),
    ev(SD, "arrests", "2025-02-09", "day",
       loc("Dresden", "near the scene", "Saxony", "DE", 51.05, 13.74),
       "Police Forces of Germany", "state_forces", "Unidentified Armed Group (Germany)", "unknown",
       evidence="Officers detained two suspects, aged 17 and 19, near the scene on Sunday morning; one of them was known to police for far-right offences."),
    ev(PRO, "peaceful_protest", "2025-02-09", "day",
       loc("Dresden", "the Neumarkt square in Dresden", "Saxony", "DE", 51.05, 13.74),
       "Protesters (Germany)", "protesters", None, None,
       evidence="Hours later, around 3,000 people gathered on the Neumarkt square in Dresden for a rally against political violence organised by local churches and trade unions."),
    ev(VAC, "attack", "2024-05-03", "day",
       loc("Dresden", "Dresden", "Saxony", "DE", 51.05, 13.74),
       "Unidentified Armed Group (Germany)", "unknown", "Civilians (Germany)", "civilians", injured=1,
       evidence="On 3 May last year, Social Democrat MEP Matthias Ecke was beaten by a group of four youths while hanging posters in Dresden and needed surgery on his face.",
       bg=True),
]})

# 2 UK: anti-migrant riot outside an asylum hotel (local daily)
t2 = """Eight officers hurt as hotel protest turns violent

By our crime reporter

EIGHT police officers were injured on Sunday night when a protest outside a hotel housing asylum seekers in Epping descended into violence, Essex Police said.

Around 600 people had gathered outside the Bell Hotel on the High Road by early evening, some carrying England flags and banners reading "Send them home". As the crowd grew, a group of men, many with their faces covered, began throwing bottles, eggs and fence panels at officers guarding the entrance. Two police vans had their windows smashed and a wheelie bin was set alight and pushed towards the hotel doors.

Riot officers with dogs were brought in from neighbouring forces and pushed the crowd back towards the town centre shortly before midnight.

A few hundred yards away, about 150 people joined a counter-demonstration organised by Stand Up to Racism outside St John's Church. Police kept the two groups apart and the counter-protest ended without incident.

Assistant Chief Constable Glen Pavelin said on Monday that detectives had arrested five men, aged between 19 and 46, at addresses in the town on suspicion of violent disorder after studying footage of the clashes. "This was not a protest, it was thuggery," he said.

Residents said tensions had been building for a fortnight after a man staying at the hotel was charged with sexual assault. Epping Forest District Council said it would ask the Home Office to close the site.

The scenes revived memories of last summer's disorder. On 30 July last year, as false rumours spread online about a knife attack on children in Southport, rioters attacked a mosque in the town and pelted police with bricks, injuring more than 50 officers. The unrest spread to more than two dozen towns over the following week.

A public meeting is planned at Epping Hall on Thursday."""
arts.append({"id": "probe-pwest-2", "url": None,
             "title": "Eight officers hurt as hotel protest turns violent",
             "published": "2025-07-21", "text": t2, "events": [
    ev(RIO, "violent_demonstration", "2025-07-20", "day",
       loc("Epping", "a hotel housing asylum seekers in Epping", "England", "GB", 51.70, 0.11),
       "Rioters (United Kingdom)", "rioters", "Police Forces of the United Kingdom", "state_forces", injured=8,
       evidence="EIGHT police officers were injured on Sunday night when a protest outside a hotel housing asylum seekers in Epping descended into violence, Essex Police said."),
    ev(PRO, "peaceful_protest", "2025-07-20", "day",
       loc("Epping", "outside St John's Church", "England", "GB", 51.70, 0.11),
       "Protesters (United Kingdom)", "protesters", None, None,
       evidence="A few hundred yards away, about 150 people joined a counter-demonstration organised by Stand Up to Racism outside St John's Church."),
    ev(SD, "arrests", "2025-07-21", "week",
       loc("Epping", "addresses in the town", "England", "GB", 51.70, 0.11),
       "Police Forces of the United Kingdom", "state_forces", "Rioters (United Kingdom)", "rioters",
       evidence="Assistant Chief Constable Glen Pavelin said on Monday that detectives had arrested five men, aged between 19 and 46, at addresses in the town on suspicion of violent disorder after studying footage of the clashes."),
    ev(RIO, "violent_demonstration", "2024-07-30", "day",
       loc("Southport", "a mosque in the town", "England", "GB", 53.65, -3.01),
       "Rioters (United Kingdom)", "rioters", "Police Forces of the United Kingdom", "state_forces", injured=50,
       evidence="On 30 July last year, as false rumours spread online about a knife attack on children in Southport, rioters attacked a mosque in the town and pelted police with bricks, injuring more than 50 officers.",
       bg=True),
]})

# 3 France: farmers' protests (live blog summary)
t3 = """Farmers' anger: what happened on Thursday - live summary

The main developments so far:

18:40 - Prime Minister Gabriel Attal will travel to a farm in Haute-Garonne on Friday to announce "simplification" measures, Matignon said. Farm unions FNSEA and Jeunes Agriculteurs have said they will keep up the blockades until they see "concrete answers".

17:15 - In Agen, farmers overnight dumped manure and tyres in front of the prefecture and then smashed the windows of the local office of the French Biodiversity Office (OFB) before setting it on fire, the prefect of Lot-et-Garonne said. Firefighters put out the fire; the building is unusable. Interior Minister Gerald Darmanin condemned "unacceptable" violence but said police would show "great restraint" towards farmers.

15:50 - Police fired tear gas at a convoy of around 80 tractors that tried to force its way towards the Rungis wholesale market, south of Paris, this afternoon. Officers detained 15 farmers, the Paris police prefecture said. The market supplies much of the capital's fresh food.

14:05 - The A64 motorway south of Toulouse is still closed in both directions near Carbonne, where farmers have kept tractors and straw bales across the carriageway for a week. The protesters, who have slept on site under tarpaulins, held a barbecue there at lunchtime today and said they would stay "as long as it takes". The gendarmerie has made no move to clear them.

12:30 - Prosecutors in Foix say the driver of the car that ploughed into a farmers' roadblock in Pamiers on Tuesday, killing a farmer and her teenage daughter, was a foreign national who had been refused a residence permit and was fleeing the scene of an argument. They stress there is no sign the crash was deliberate or political.

11:00 - Background: Farmers are protesting against falling incomes, cheap imports and environmental rules. Tensions between farmers, environmentalists and the state have boiled over before: on 25 March last year, thousands of protesters opposed to giant irrigation reservoirs clashed with gendarmes at Sainte-Soline in the Deux-Sevres department, hurling petrol bombs and fireworks. Two protesters were left in a coma and dozens of gendarmes were wounded.

09:20 - Welcome to our live coverage of the farmers' protests, now in their second week."""
arts.append({"id": "probe-pwest-3", "url": None,
             "title": "Farmers' anger: what happened on Thursday - live summary",
             "published": "2024-01-25", "text": t3, "events": [
    ev(RIO, "violent_demonstration", "2024-01-25", "day",
       loc("Agen", "Agen", "Nouvelle-Aquitaine", "FR", 44.20, 0.62),
       "Rioters (France)", "rioters", None, None,
       evidence="In Agen, farmers overnight dumped manure and tyres in front of the prefecture and then smashed the windows of the local office of the French Biodiversity Office (OFB) before setting it on fire, the prefect of Lot-et-Garonne said."),
    ev(PRO, "protest_with_intervention", "2024-01-25", "day",
       loc("Rungis", "the Rungis wholesale market, south of Paris", "Ile-de-France", "FR", 48.75, 2.35),
       "Protesters (France)", "protesters", "Police Forces of France", "state_forces",
       evidence="Police fired tear gas at a convoy of around 80 tractors that tried to force its way towards the Rungis wholesale market, south of Paris, this afternoon."),
    ev(PRO, "peaceful_protest", "2024-01-25", "day",
       loc("Carbonne", "near Carbonne", "Occitanie", "FR", 43.30, 1.22),
       "Protesters (France)", "protesters", None, None,
       evidence="The protesters, who have slept on site under tarpaulins, held a barbecue there at lunchtime today and said they would stay \"as long as it takes\"."),
    ev(PRO, "peaceful_protest", "2024-01-23", "day",
       loc("Pamiers", "a farmers' roadblock in Pamiers", "Occitanie", "FR", 43.12, 1.61),
       "Protesters (France)", "protesters", None, None, 2,
       evidence="Prosecutors in Foix say the driver of the car that ploughed into a farmers' roadblock in Pamiers on Tuesday, killing a farmer and her teenage daughter, was a foreign national who had been refused a residence permit and was fleeing the scene of an argument."),
    ev(RIO, "violent_demonstration", "2023-03-25", "day",
       loc("Sainte-Soline", "Sainte-Soline in the Deux-Sevres department", "Nouvelle-Aquitaine", "FR", 46.25, -0.05),
       "Rioters (France)", "rioters", "Police Forces of France", "state_forces",
       evidence="on 25 March last year, thousands of protesters opposed to giant irrigation reservoirs clashed with gendarmes at Sainte-Soline in the Deux-Sevres department, hurling petrol bombs and fireworks.",
       bg=True),
]})

# 4 United States: shooting at a campaign rally (wire with background)
t4 = """Gunman wounds Arizona candidate, two supporters at Tucson rally

TUCSON, Ariz., April 13 (Reuters) - A gunman opened fire at an outdoor campaign rally for a Democratic state Senate candidate in Tucson on Saturday, wounding the candidate and two supporters before he was tackled by people in the crowd, police said.

Candidate Rosa Delgado, 52, was hit in the shoulder as she spoke from a small stage in Reid Park shortly after 11 a.m. A retired teacher and a 16-year-old volunteer were also wounded. All three were in stable condition on Sunday, Banner - University Medical Center said.

Tucson police identified the suspect as Dale Hoskins, 44, of Marana. He was held down by two attendees until officers arrived and was booked on three counts of attempted first-degree murder. Police Chief Chad Kasmar said the motive was under investigation but that the suspect had posted threats against "election riggers" online.

On Monday, FBI agents arrested a second man in Phoenix who investigators believe sold Hoskins the rifle used in the attack despite knowing he was barred from owning firearms, the U.S. Attorney's Office for Arizona said.

The shooting is the latest in a wave of violence against U.S. politicians. On July 13, 2024, a 20-year-old gunman fired from a rooftop at a rally for Donald Trump in Butler, Pennsylvania, grazing Trump's ear, killing one spectator and critically wounding two others. In June last year, a man disguised as a police officer shot dead Minnesota state Representative Melissa Hortman and her husband at their home in Brooklyn Park.

Threats against members of Congress investigated by the U.S. Capitol Police rose to more than 9,000 in 2024, the agency has said.

Delgado's campaign said in a statement that she was "grateful to be alive" and would return to the campaign trail "as soon as the doctors let me". Arizona Governor Katie Hobbs ordered flags flown at half-staff on state buildings on Monday in solidarity with the victims."""
arts.append({"id": "probe-pwest-4", "url": None,
             "title": "Gunman wounds Arizona candidate, two supporters at Tucson rally",
             "published": "2026-04-13", "text": t4, "events": [
    ev(VAC, "attack", "2026-04-11", "day",
       loc("Tucson", "Tucson", "Arizona", "US", 32.22, -110.97),
       "Unidentified Armed Group (United States)", "unknown", "Civilians (United States)", "civilians",
       injured=3,
       evidence="A gunman opened fire at an outdoor campaign rally for a Democratic state Senate candidate in Tucson on Saturday, wounding the candidate and two supporters before he was tackled by people in the crowd, police said."),
    ev(SD, "arrests", "2026-04-13", "day",
       loc("Phoenix", "Phoenix", "Arizona", "US", 33.45, -112.07),
       "Police Forces of the United States", "state_forces", "Civilians (United States)", "civilians",
       evidence="On Monday, FBI agents arrested a second man in Phoenix who investigators believe sold Hoskins the rifle used in the attack despite knowing he was barred from owning firearms, the U.S. Attorney's Office for Arizona said."),
    ev(VAC, "attack", "2024-07-13", "day",
       loc("Butler", "Butler, Pennsylvania", "Pennsylvania", "US", 40.86, -79.90),
       "Unidentified Armed Group (United States)", "unknown", "Civilians (United States)", "civilians", 1,
       injured=3,
       evidence="On July 13, 2024, a 20-year-old gunman fired from a rooftop at a rally for Donald Trump in Butler, Pennsylvania, grazing Trump's ear, killing one spectator and critically wounding two others.",
       bg=True),
    ev(VAC, "attack", "2025-06-15", "month",
       loc("Brooklyn Park", "their home in Brooklyn Park", "Minnesota", "US", 45.09, -93.36),
       "Unidentified Armed Group (United States)", "unknown", "Civilians (United States)", "civilians", 2,
       evidence="In June last year, a man disguised as a police officer shot dead Minnesota state Representative Melissa Hortman and her husband at their home in Brooklyn Park.",
       bg=True),
]})

# 5 Brazil: sabotage of power lines and raids on militants (wire)
t5 = """Brazil police raid far-right cell suspected of toppling power pylons

BRASILIA, Nov 19 (AP) - Brazil's Federal Police on Tuesday arrested seven people in Brasilia and the neighbouring city of Goiania suspected of belonging to an extremist group that plotted to sabotage the power grid ahead of next year's general election, the force said.

Officers seized two rifles, a pistol, several hundred rounds of ammunition and angle grinders in the early-morning raids, a police statement said. Four suspects were detained in Brasilia and three in Goiania. Investigators believe the group, which called itself "Guardioes da Patria" in messaging groups, was inspired by the supporters of former President Jair Bolsonaro who refused to accept his 2022 election defeat.

The raids came two days after saboteurs brought down two high-voltage transmission towers near Medianeira, in the southern state of Parana, on Sunday night by cutting through their support bolts, cutting power to around 200,000 homes in the west of the state for several hours. Grid operator ONS said it was the third such incident this year. Police have not said whether the group detained on Tuesday was behind the Medianeira attack.

Justice Minister Ricardo Lewandowski said the government would "not tolerate any attempt to intimidate voters or paralyse the country".

Brazil has been on alert for political violence since January 8, 2023, when thousands of Bolsonaro supporters stormed and vandalised the Congress, the Supreme Court and the presidential palace in Brasilia a week after Luiz Inacio Lula da Silva took office. Police cleared the buildings by evening and detained about 1,500 people over the following days. Bolsonaro was convicted in September of plotting a coup and sentenced to 27 years in prison.

Federal Police did not identify the suspects arrested on Tuesday. A judge is expected to rule on Friday on whether they will remain in custody."""
arts.append({"id": "probe-pwest-5", "url": None,
             "title": "Brazil police raid far-right cell suspected of toppling power pylons",
             "published": "2025-11-19", "text": t5, "events": [
    ev(SD, "arrests", "2025-11-18", "day",
       loc("Brasilia", "Brasilia", "Federal District", "BR", -15.78, -47.93),
       "Police Forces of Brazil", "state_forces", "Guardioes da Patria", "political_militia",
       evidence="Brazil's Federal Police on Tuesday arrested seven people in Brasilia and the neighbouring city of Goiania suspected of belonging to an extremist group that plotted to sabotage the power grid ahead of next year's general election, the force said."),
    ev(SD, "arrests", "2025-11-18", "day",
       loc("Goiania", "the neighbouring city of Goiania", "Goias", "BR", -16.68, -49.25),
       "Police Forces of Brazil", "state_forces", "Guardioes da Patria", "political_militia",
       evidence="Brazil's Federal Police on Tuesday arrested seven people in Brasilia and the neighbouring city of Goiania suspected of belonging to an extremist group that plotted to sabotage the power grid ahead of next year's general election, the force said."),
    ev(SD, "looting_property_destruction", "2025-11-16", "day",
       loc("Medianeira", "near Medianeira, in the southern state of Parana", "Parana", "BR", -25.30, -54.09),
       "Unidentified Armed Group (Brazil)", "unknown", None, None,
       evidence="The raids came two days after saboteurs brought down two high-voltage transmission towers near Medianeira, in the southern state of Parana, on Sunday night by cutting through their support bolts, cutting power to around 200,000 homes in the west of the state for several hours."),
    ev(RIO, "violent_demonstration", "2023-01-08", "day",
       loc("Brasilia", "the presidential palace in Brasilia", "Federal District", "BR", -15.78, -47.93),
       "Rioters (Brazil)", "rioters", "Police Forces of Brazil", "state_forces",
       evidence="Brazil has been on alert for political violence since January 8, 2023, when thousands of Bolsonaro supporters stormed and vandalised the Congress, the Supreme Court and the presidential palace in Brasilia a week after Luiz Inacio Lula da Silva took office.",
       bg=True),
]})

# 6 Colombia: attack on a mayoral candidate, student riot (local daily, translated)
t6 = """Bodyguard killed in attack on candidate's convoy in Jamundi

CALI - A bodyguard of the National Protection Unit (UNP) assigned to protect a candidate for the Valle del Cauca departmental assembly was killed on Wednesday when gunmen on motorcycles opened fire on the candidate's convoy on the road between Jamundi and Potrerito, the Valle police command said.

The candidate, Hernan Ospina of the Liberal Party, escaped unhurt. His driver was wounded in the arm and taken to a clinic in Cali. The bodyguard, Jhon Fredy Mosquera, 27, died at the scene.

Colonel Carlos Oviedo, commander of the Jamundi district, blamed the Jaime Martinez front, a faction of FARC dissidents that extorts businesses and has threatened local politicians in the rural areas of Jamundi. The group did not comment. Governor Dilian Francisca Toro offered a reward of 200 million pesos for information.

In Bogota, meanwhile, hooded students threw petrol bombs and stones at riot police outside the Universidad Nacional on Thursday afternoon during a protest against a tuition reform. Police responded with tear gas and a water cannon. Six officers and two students were injured, the mayor's office said. Traffic on Carrera 30 was cut for more than four hours.

Violence against candidates has overshadowed the campaign for the March 8 congressional elections. Senator and presidential hopeful Miguel Uribe Turbay was shot in the head by a teenage gunman while addressing supporters in a park in the Modelia neighbourhood of Bogota on June 7 last year. He died of his wounds two months later.

The electoral observation mission MOE has counted 112 acts of political violence since the start of the year, including threats, attacks and murders."""
arts.append({"id": "probe-pwest-6", "url": None,
             "title": "Bodyguard killed in attack on candidate's convoy in Jamundi",
             "published": "2026-03-06", "text": t6, "events": [
    ev(VAC, "attack", "2026-03-04", "day",
       loc("Jamundi", "the road between Jamundi and Potrerito", "Valle del Cauca", "CO", 3.26, -76.54, precision="region"),
       "FARC Dissidents", "rebel_group", "Civilians (Colombia)", "civilians", 1, injured=1,
       evidence="A bodyguard of the National Protection Unit (UNP) assigned to protect a candidate for the Valle del Cauca departmental assembly was killed on Wednesday when gunmen on motorcycles opened fire on the candidate's convoy on the road between Jamundi and Potrerito, the Valle police command said."),
    ev(RIO, "violent_demonstration", "2026-03-05", "day",
       loc("Bogota", "outside the Universidad Nacional", "Bogota D.C.", "CO", 4.61, -74.08),
       "Rioters (Colombia)", "rioters", "Police Forces of Colombia", "state_forces", injured=8,
       evidence="In Bogota, meanwhile, hooded students threw petrol bombs and stones at riot police outside the Universidad Nacional on Thursday afternoon during a protest against a tuition reform."),
    ev(VAC, "attack", "2025-06-07", "day",
       loc("Bogota", "the Modelia neighbourhood of Bogota", "Bogota D.C.", "CO", 4.61, -74.08),
       "Unidentified Armed Group (Colombia)", "unknown", "Civilians (Colombia)", "civilians", 1,
       evidence="Senator and presidential hopeful Miguel Uribe Turbay was shot in the head by a teenage gunman while addressing supporters in a park in the Modelia neighbourhood of Bogota on June 7 last year.",
       bg=True),
]})

# 7 Chile: anniversary of the 2019 unrest (explainer)
t7 = """Explainer: Why Chile's October anniversary still ends in tear gas

SANTIAGO - Six years after the social uprising of 2019, the anniversary of October 18 has again brought clashes to the streets of the Chilean capital. Here is what happened this weekend and why it keeps happening.

What happened on Saturday?

Several thousand people marched peacefully to Plaza Baquedano, the square protesters renamed "Plaza Dignidad", in the early afternoon. By dusk, groups of hooded youths had set up barricades on the Alameda, set fire to a bus shelter and thrown stones at Carabineros, who responded with water cannon and tear gas. Police said 14 officers were hurt and 41 people were arrested in the capital.

In Valparaiso, around 2,000 people marched from the port to the Congress building without incident, the regional government said.

Was there violence elsewhere?

Yes. Before dawn on Sunday, armed men set fire to nine logging trucks and a forestry company machinery yard on the road between Canete and Tirua, in Biobio region, and left banners referring to the Mapuche cause, Carabineros said. Nobody was injured. No group has claimed responsibility.

Why October 18?

On October 18, 2019, protests against a rise in Santiago metro fares turned into riots in which several metro stations were set on fire and supermarkets looted. President Sebastian Pinera declared a state of emergency that night. More than 30 people died in the months of unrest that followed, and hundreds suffered eye injuries from rubber bullets.

Does the anniversary still matter?

The uprising led to two failed attempts to write a new constitution. Polls show most Chileans now rank crime, not inequality, as their main concern, and many who marched in 2019 say they no longer take to the streets. But for a hard core of young protesters, the anniversary remains a rallying point.

What next?

The government said it would seek to prosecute those arrested on Saturday under a law on public disorder passed last year. Human rights groups have asked for investigations into two cases of protesters hit at close range by tear gas canisters."""
arts.append({"id": "probe-pwest-7", "url": None,
             "title": "Explainer: Why Chile's October anniversary still ends in tear gas",
             "published": "2025-10-20", "text": t7, "events": [
    ev(RIO, "violent_demonstration", "2025-10-18", "day",
       loc("Santiago", "the Alameda", "Santiago Metropolitan", "CL", -33.46, -70.65),
       "Rioters (Chile)", "rioters", "Police Forces of Chile", "state_forces", injured=14,
       evidence="By dusk, groups of hooded youths had set up barricades on the Alameda, set fire to a bus shelter and thrown stones at Carabineros, who responded with water cannon and tear gas."),
    ev(PRO, "peaceful_protest", "2025-10-18", "day",
       loc("Santiago", "Plaza Baquedano", "Santiago Metropolitan", "CL", -33.46, -70.65),
       "Protesters (Chile)", "protesters", None, None,
       evidence="Several thousand people marched peacefully to Plaza Baquedano, the square protesters renamed \"Plaza Dignidad\", in the early afternoon."),
    ev(PRO, "peaceful_protest", "2025-10-18", "day",
       loc("Valparaiso", "Valparaiso", "Valparaiso", "CL", -33.04, -71.63),
       "Protesters (Chile)", "protesters", None, None,
       evidence="In Valparaiso, around 2,000 people marched from the port to the Congress building without incident, the regional government said."),
    ev(SD, "looting_property_destruction", "2025-10-19", "day",
       loc("Tirua", "the road between Canete and Tirua, in Biobio region", "Biobio", "CL", -38.34, -73.49,
           precision="region"),
       "Unidentified Armed Group (Chile)", "unknown", None, None,
       evidence="Before dawn on Sunday, armed men set fire to nine logging trucks and a forestry company machinery yard on the road between Canete and Tirua, in Biobio region, and left banners referring to the Mapuche cause, Carabineros said."),
    ev(RIO, "violent_demonstration", "2019-10-18", "day",
       loc("Santiago", "Santiago", "Santiago Metropolitan", "CL", -33.46, -70.65),
       "Rioters (Chile)", "rioters", None, None,
       evidence="On October 18, 2019, protests against a rise in Santiago metro fares turned into riots in which several metro stations were set on fire and supermarkets looted.",
       bg=True),
    ev(SD, "other", "2019-10-18", "day",
       loc("Santiago", "Santiago", "Santiago Metropolitan", "CL", -33.46, -70.65),
       "Government of Chile", "state_forces", None, None,
       evidence="President Sebastian Pinera declared a state of emergency that night.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-pwest.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
