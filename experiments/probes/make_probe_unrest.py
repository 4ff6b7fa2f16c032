"""Builds probe-unrest.jsonl: own-written articles on political unrest (election protests, force against
protesters, riots and lynchings, attacks on candidates, sit-ins, peaceful marches, curfews and mass
arrests; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
VAC, PRO, RIO, SD, ERV = ("violence_against_civilians", "protests", "riots", "strategic_developments",
                          "explosions_remote_violence")

# 1 Mozambique: post-election protests (wire)
t1 = """Mozambique police fire on Mondlane supporters as post-election unrest spreads

MAPUTO, Nov 8 (AFP) - Mozambican police fired tear gas and live ammunition at thousands of opposition supporters marching towards the centre of Maputo on Thursday, killing at least three people, a civil society group monitoring the unrest said.

The marchers, many waving flags and singing, had answered a call by presidential candidate Venancio Mondlane to "take back" the capital after the October 9 vote, which he says was rigged in favour of the long-ruling Frelimo party. Witnesses said the crowd was walking peacefully along Avenida Eduardo Mondlane when officers opened fire without warning.

"They shot at people who had nothing in their hands," said Celia Macuacua, a 34-year-old vendor who was caught in the crowd. Plataforma Decide, an electoral watchdog, said at least three people had died of gunshot wounds and 57 had been treated in hospital. Police spokesman Orlando Mudumane said officers had acted "to restore order" and did not give a toll.

In neighbouring Matola, groups of young men burned tyres, looted shops along the national highway and set fire to a police post, a police statement said. Officers used tear gas to disperse them and 12 people were injured, according to the Matola general hospital.

A day earlier, protesters blocked the Ressano Garcia border post with South Africa and torched at least five trucks, forcing the South African authorities to close the crossing, the country's Border Management Authority said.

By contrast, a march by several hundred Mondlane supporters in the northern city of Nampula on Thursday passed off without incident, local journalists reported.

Tensions have been running high since October 19, when unidentified gunmen shot dead Mondlane's lawyer, Elvino Dias, and Paulo Guambe, a spokesman for the Podemos party that backs him, in their car in central Maputo. Nobody has been arrested over the killings.

The Constitutional Council is expected to rule on the results by the end of the year. Mondlane, who says he has left the country for his own safety, has called for a week of strikes and protests from Monday.

Frelimo has governed Mozambique since independence from Portugal in 1975."""
arts.append({"id": "probe-unrest-1", "url": None,
             "title": "Mozambique police fire on Mondlane supporters as post-election unrest spreads",
             "published": "2024-11-08", "text": t1, "events": [
    ev(PRO, "excessive_force_against_protesters", "2024-11-07", "day",
       loc("Maputo", "the centre of Maputo", "Maputo City", "MZ", -25.97, 32.59),
       "Police Forces of Mozambique", "state_forces", "Protesters (Mozambique)", "protesters", 3, 3,
       injured=57,
       evidence="Mozambican police fired tear gas and live ammunition at thousands of opposition supporters marching towards the centre of Maputo on Thursday, killing at least three people, a civil society group monitoring the unrest said."),
    ev(RIO, "violent_demonstration", "2024-11-07", "day",
       loc("Matola", "neighbouring Matola", "Maputo Province", "MZ", -25.96, 32.46),
       "Rioters (Mozambique)", "rioters", "Police Forces of Mozambique", "state_forces", injured=12,
       evidence="In neighbouring Matola, groups of young men burned tyres, looted shops along the national highway and set fire to a police post, a police statement said."),
    ev(RIO, "violent_demonstration", "2024-11-06", "day",
       loc("Ressano Garcia", "the Ressano Garcia border post with South Africa", "Maputo Province", "MZ",
           -25.44, 32.00),
       "Rioters (Mozambique)", "rioters", None, None,
       evidence="A day earlier, protesters blocked the Ressano Garcia border post with South Africa and torched at least five trucks, forcing the South African authorities to close the crossing, the country's Border Management Authority said."),
    ev(PRO, "peaceful_protest", "2024-11-07", "day",
       loc("Nampula", "the northern city of Nampula", "Nampula", "MZ", -15.12, 39.27),
       "Protesters (Mozambique)", "protesters", None, None,
       evidence="By contrast, a march by several hundred Mondlane supporters in the northern city of Nampula on Thursday passed off without incident, local journalists reported."),
    ev(VAC, "attack", "2024-10-19", "day",
       loc("Maputo", "central Maputo", "Maputo City", "MZ", -25.97, 32.59),
       "Unidentified Armed Group (Mozambique)", "unknown", "Civilians (Mozambique)", "civilians", 2,
       evidence="Tensions have been running high since October 19, when unidentified gunmen shot dead Mondlane's lawyer, Elvino Dias, and Paulo Guambe, a spokesman for the Podemos party that backs him, in their car in central Maputo.",
       bg=True),
]})

# 2 Kenya: Finance Bill protests (local daily)
t2 = """Day of fire: Parliament breached as Finance Bill protests turn deadly

By NATION REPORTERS

Parts of Parliament Buildings were on fire last evening after thousands of young protesters overran police lines and forced their way into the precinct in Nairobi, minutes after MPs voted to pass the contested Finance Bill 2024.

Police opened fire as the crowd surged through the gates. The Kenya National Commission on Human Rights (KNCHR) said at least 13 people were killed in the capital yesterday, while the Kenya Medical Association said it had counted 17 bodies in city hospitals. The National Police Service had not issued a toll by press time.

"We came to be heard, not to die," said a 23-year-old university student who helped carry a wounded friend to a waiting ambulance on Parliament Road.

Elsewhere, the protests took different shapes. In Eldoret, hundreds of demonstrators marched through the central business district chanting "Ruto must go" before anti-riot officers fired tear gas to break up the march outside the county commissioner's office. No injuries were reported.

In Ol Kalou, Nyandarua County, a crowd set fire to the constituency office of the area MP, who voted for the Bill, and blocked the Nyahururu road with burning tyres, the county police commander said.

At Kitengela, in Kajiado County, a 19-year-old protester was shot dead by a plainclothes officer as demonstrators gathered near the Namanga road junction. Witnesses told the Nation that the group had been peaceful and was singing when the officer fired. The Independent Policing Oversight Authority (IPOA) said it had opened an investigation.

The youth-led protests, organised largely on TikTok and X, began last week over tax increases on bread, fuel and mobile money transfers.

Rights groups have long accused Kenyan police of using excessive force. In July last year, police shot dead six protesters in Kisumu during demonstrations called by the opposition Azimio coalition over the cost of living, according to Amnesty International Kenya.

President William Ruto, in a televised address last night, called the storming of Parliament "treasonous" and ordered the deployment of the military to support the police. The Law Society of Kenya said the deployment was unconstitutional and vowed to challenge it in court."""
arts.append({"id": "probe-unrest-2", "url": None,
             "title": "Day of fire: Parliament breached as Finance Bill protests turn deadly",
             "published": "2024-06-26", "text": t2, "events": [
    ev(RIO, "violent_demonstration", "2024-06-25", "day",
       loc("Nairobi", "the precinct in Nairobi", "Nairobi", "KE", -1.28, 36.82),
       "Rioters (Kenya)", "rioters", "Police Forces of Kenya", "state_forces", 13, 13, 17,
       evidence="Parts of Parliament Buildings were on fire last evening after thousands of young protesters overran police lines and forced their way into the precinct in Nairobi, minutes after MPs voted to pass the contested Finance Bill 2024."),
    ev(PRO, "protest_with_intervention", "2024-06-25", "day",
       loc("Eldoret", "Eldoret", "Uasin Gishu", "KE", 0.52, 35.27),
       "Protesters (Kenya)", "protesters", "Police Forces of Kenya", "state_forces",
       evidence="In Eldoret, hundreds of demonstrators marched through the central business district chanting \"Ruto must go\" before anti-riot officers fired tear gas to break up the march outside the county commissioner's office."),
    ev(RIO, "violent_demonstration", "2024-06-25", "day",
       loc("Ol Kalou", "Ol Kalou, Nyandarua County", "Nyandarua", "KE", -0.27, 36.38),
       "Rioters (Kenya)", "rioters", None, None,
       evidence="In Ol Kalou, Nyandarua County, a crowd set fire to the constituency office of the area MP, who voted for the Bill, and blocked the Nyahururu road with burning tyres, the county police commander said."),
    ev(PRO, "excessive_force_against_protesters", "2024-06-25", "day",
       loc("Kitengela", "Kitengela, in Kajiado County", "Kajiado", "KE", -1.48, 36.96),
       "Police Forces of Kenya", "state_forces", "Protesters (Kenya)", "protesters", 1,
       evidence="At Kitengela, in Kajiado County, a 19-year-old protester was shot dead by a plainclothes officer as demonstrators gathered near the Namanga road junction."),
    ev(PRO, "excessive_force_against_protesters", "2023-07-15", "month",
       loc("Kisumu", "Kisumu", "Kisumu", "KE", -0.10, 34.76),
       "Police Forces of Kenya", "state_forces", "Protesters (Kenya)", "protesters", 6,
       evidence="In July last year, police shot dead six protesters in Kisumu during demonstrations called by the opposition Azimio coalition over the cost of living, according to Amnesty International Kenya.",
       bg=True),
]})

# 3 Guinea: rights group statement on opposition protests
t3 = """Guinea: Authorities must investigate killings of protesters and release detained activists

Conakry/Dakar, 12 July 2024 - Guinean authorities must immediately open an independent investigation into the killing of two young men during opposition demonstrations on Wednesday and release the activists detained on the eve of the protests, the West Africa Human Rights Observatory said today.

On 10 July, defence and security forces fired live ammunition at demonstrators in the Hamdallaye neighbourhood of Conakry, killing Mamadou Saliou Bah, 17, and Ibrahima Sory Diallo, 19, and wounding at least nine others, according to relatives, medical staff and witnesses interviewed by the Observatory. The demonstrators had gathered on the Route Le Prince in response to a call by the Forces Vives de Guinee coalition demanding a timetable for the return to civilian rule.

"Ibrahima was standing at the roadside with his friends. He was shot in the back," his uncle told the Observatory.

The same day in Labe, the country's second city of the Fouta Djallon, young people burned tyres and ransacked the offices of the prefecture before gendarmes dispersed them with tear gas, local residents said.

On the night of 9 July, gendarmes arrested three coordinators of the National Front for the Defence of the Constitution (FNDC) at their homes in Conakry and took them to an undisclosed location. Their families have had no news of them since.

"The pattern is clear: every time Guineans try to exercise their right to protest, the response is bullets and arrests," said the Observatory's director, Aissatou Kante.

At least 47 people have been killed during protests since the military took power in September 2021, according to the Observatory's count. Demonstrations have been formally banned since May 2022.

The violence revives memories of 28 September 2009, when soldiers opened fire on opposition supporters rallying in a Conakry stadium, killing at least 156 people. A former junta leader and several officers were convicted last year for their role in the massacre.

The Observatory calls on the transitional authorities to lift the ban on demonstrations, to account for the whereabouts of the detained activists and to instruct security forces not to use firearms against protesters."""
arts.append({"id": "probe-unrest-3", "url": None,
             "title": "Guinea: Authorities must investigate killings of protesters and release detained activists",
             "published": "2024-07-12", "text": t3, "events": [
    ev(PRO, "excessive_force_against_protesters", "2024-07-10", "day",
       loc("Conakry", "the Hamdallaye neighbourhood of Conakry", "Conakry", "GN", 9.54, -13.68),
       "Security Forces of Guinea", "state_forces", "Protesters (Guinea)", "protesters", 2, injured=9,
       evidence="On 10 July, defence and security forces fired live ammunition at demonstrators in the Hamdallaye neighbourhood of Conakry, killing Mamadou Saliou Bah, 17, and Ibrahima Sory Diallo, 19, and wounding at least nine others, according to relatives, medical staff and witnesses interviewed by the Observatory."),
    ev(RIO, "violent_demonstration", "2024-07-10", "day",
       loc("Labe", "Labe", "Labe", "GN", 11.32, -12.28),
       "Rioters (Guinea)", "rioters", "Police Forces of Guinea", "state_forces",
       evidence="The same day in Labe, the country's second city of the Fouta Djallon, young people burned tyres and ransacked the offices of the prefecture before gendarmes dispersed them with tear gas, local residents said."),
    ev(SD, "arrests", "2024-07-09", "day",
       loc("Conakry", "their homes in Conakry", "Conakry", "GN", 9.54, -13.68),
       "Police Forces of Guinea", "state_forces", "Civilians (Guinea)", "civilians",
       evidence="On the night of 9 July, gendarmes arrested three coordinators of the National Front for the Defence of the Constitution (FNDC) at their homes in Conakry and took them to an undisclosed location."),
    ev(PRO, "excessive_force_against_protesters", "2009-09-28", "day",
       loc("Conakry", "a Conakry stadium", "Conakry", "GN", 9.54, -13.68),
       "Military Forces of Guinea", "state_forces", "Protesters (Guinea)", "protesters", 156, 156,
       evidence="The violence revives memories of 28 September 2009, when soldiers opened fire on opposition supporters rallying in a Conakry stadium, killing at least 156 people.",
       bg=True),
]})

# 4 India: communal violence, curfew, mass arrests, a lynching (local daily)
t4 = """Curfew in Firozpur Jhirka after communal clashes leave two dead; 46 held

Gurugram: The Nuh district administration on Tuesday imposed a curfew in Firozpur Jhirka town and suspended mobile internet services across the district, a day after clashes between two communities during a religious procession left two people dead and at least 15 injured, including four policemen.

According to police, stones were hurled at the procession as it passed through the main market on Monday afternoon, after which groups from both sides attacked each other with sticks and swords and set fire to at least 20 shops and a dozen vehicles. One of the dead, a 24-year-old shopkeeper, was attacked inside his shop, his family said.

"The situation is under control. Additional companies of the Haryana Armed Police have been deployed and flag marches are being held," deputy commissioner Rakesh Yadav told HT.

Police said 46 people had been arrested by Tuesday evening in raids across the district and 11 FIRs registered, including for rioting and attempt to murder. Officials said the curfew would remain in force until Thursday morning and would be relaxed for two hours each day for people to buy essentials.

Opposition leaders accused the state government of ignoring intelligence inputs about the procession. "The same mistakes as two years ago were repeated," a Congress MLA from the region said.

Nuh, a Muslim-majority district about 80 km from Delhi, has a history of such tensions. In July 2023, six people, including two home guards, were killed when a procession was attacked and violence spread to neighbouring Gurugram.

In a separate incident across the state border in Rajasthan, a 28-year-old man was beaten to death by a mob on suspicion of cattle smuggling near Govindgarh in Alwar district on Sunday night, police said. The man, identified as Sabir Khan, was transporting two buffaloes he had bought at a cattle fair when he was stopped by a group of about 15 men. Three people have been detained, Alwar superintendent of police said.

Rights groups have documented dozens of such killings by self-styled cow protection vigilantes in Rajasthan and Haryana since 2015."""
arts.append({"id": "probe-unrest-4", "url": None,
             "title": "Curfew in Firozpur Jhirka after communal clashes leave two dead; 46 held",
             "published": "2025-04-09", "text": t4, "events": [
    ev(RIO, "mob_violence", "2025-04-07", "day",
       loc("Firozpur Jhirka", "the main market", "Haryana", "IN", 27.79, 76.94),
       "Rioters (India)", "rioters", "Civilians (India)", "civilians", 2, injured=15,
       evidence="According to police, stones were hurled at the procession as it passed through the main market on Monday afternoon, after which groups from both sides attacked each other with sticks and swords and set fire to at least 20 shops and a dozen vehicles."),
    ev(SD, "other", "2025-04-08", "day",
       loc("Firozpur Jhirka", "Firozpur Jhirka town", "Haryana", "IN", 27.79, 76.94),
       "Government of India", "state_forces", None, None,
       evidence="The Nuh district administration on Tuesday imposed a curfew in Firozpur Jhirka town and suspended mobile internet services across the district, a day after clashes between two communities during a religious procession left two people dead and at least 15 injured, including four policemen."),
    ev(SD, "arrests", "2025-04-08", "day",
       {**loc("Nuh", "raids across the district", "Haryana", "IN", 28.11, 77.00, "region"),
        "coords_note": "district-wide raids placed at Nuh, the district seat"},
       "Police Forces of India", "state_forces", "Rioters (India)", "rioters",
       evidence="Police said 46 people had been arrested by Tuesday evening in raids across the district and 11 FIRs registered, including for rioting and attempt to murder."),
    ev(RIO, "mob_violence", "2023-07-15", "month",
       loc("Nuh", "Nuh", "Haryana", "IN", 28.11, 77.00, "region"),
       "Rioters (India)", "rioters", "Civilians (India)", "civilians", 6,
       evidence="In July 2023, six people, including two home guards, were killed when a procession was attacked and violence spread to neighbouring Gurugram.",
       bg=True),
    ev(RIO, "mob_violence", "2025-04-06", "day",
       loc("Govindgarh", "near Govindgarh in Alwar district", "Rajasthan", "IN", 27.50, 77.00),
       "Rioters (India)", "rioters", "Civilians (India)", "civilians", 1,
       evidence="In a separate incident across the state border in Rajasthan, a 28-year-old man was beaten to death by a mob on suspicion of cattle smuggling near Govindgarh in Alwar district on Sunday night, police said."),
]})

# 5 Pakistan: attacks on candidates and party offices before the election (broadcaster)
t5 = """Candidate shot dead in Bajaur, grenade hits party office in Quetta days before polls

ISLAMABAD (Geo News) - An independent candidate for the National Assembly was shot dead in Bajaur district and a grenade attack on an election office in Quetta wounded three party workers, police said on Monday, as violence intensified days before Thursday's general election.

Gunmen on a motorcycle opened fire on Gul Nawaz Khan and his guard as they left a corner meeting near Khar, the district headquarters of Bajaur, on Saturday evening, killing both, district police officer Nazir Ahmad said. No group has claimed responsibility, but the area has seen repeated attacks by militants.

In Quetta, unidentified men hurled a hand grenade into the election office of a Pakistan Peoples Party candidate on Sariab Road late on Sunday, wounding three party workers, police said. The attackers escaped.

Also on Sunday, supporters of the Pakistan Tehreek-e-Insaf (PTI) and the Pakistan Muslim League-Nawaz clashed with sticks and stones outside a polling camp in Mingora, Swat, leaving seven people injured, a Rescue 1122 spokesman said. Police arrived after the brawl and cleared the area.

In Chaman, hundreds of traders and labourers continued their sit-in near the Afghan border crossing on Sunday against new passport rules, with speakers saying they would boycott the vote unless the rules were withdrawn. The protest, now in its fourth month, has been peaceful.

The Election Commission of Pakistan said it had asked the interior ministry to provide army troops for "sensitive" polling stations in Khyber Pakhtunkhwa and Balochistan.

Election rallies in the northwest have been targeted before. In July last year, a suicide bomber blew himself up at a convention of the Jamiat Ulema-e-Islam-Fazl (JUI-F) in Khar, killing 63 people. The Islamic State Khorasan Province claimed that attack.

The caretaker interior minister said on Monday that security had been tightened for candidates, but opposition parties said their campaigners were being left unprotected."""
arts.append({"id": "probe-unrest-5", "url": None,
             "title": "Candidate shot dead in Bajaur, grenade hits party office in Quetta days before polls",
             "published": "2024-02-05", "text": t5, "events": [
    ev(VAC, "attack", "2024-02-03", "day",
       loc("Khar", "near Khar, the district headquarters of Bajaur", "Khyber Pakhtunkhwa", "PK", 34.74, 71.53),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", 2,
       evidence="Gunmen on a motorcycle opened fire on Gul Nawaz Khan and his guard as they left a corner meeting near Khar, the district headquarters of Bajaur, on Saturday evening, killing both, district police officer Nazir Ahmad said."),
    ev(ERV, "grenade", "2024-02-04", "day",
       loc("Quetta", "Sariab Road", "Balochistan", "PK", 30.19, 67.01),
       "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (Pakistan)", "civilians", injured=3,
       evidence="In Quetta, unidentified men hurled a hand grenade into the election office of a Pakistan Peoples Party candidate on Sariab Road late on Sunday, wounding three party workers, police said."),
    ev(RIO, "violent_demonstration", "2024-02-04", "day",
       loc("Mingora", "Mingora, Swat", "Khyber Pakhtunkhwa", "PK", 34.78, 72.36),
       "Rioters (Pakistan)", "rioters", "Rioters (Pakistan)", "rioters", injured=7,
       evidence="Also on Sunday, supporters of the Pakistan Tehreek-e-Insaf (PTI) and the Pakistan Muslim League-Nawaz clashed with sticks and stones outside a polling camp in Mingora, Swat, leaving seven people injured, a Rescue 1122 spokesman said."),
    ev(PRO, "peaceful_protest", "2024-02-04", "day",
       loc("Chaman", "Chaman", "Balochistan", "PK", 30.92, 66.45),
       "Protesters (Pakistan)", "protesters", None, None,
       evidence="In Chaman, hundreds of traders and labourers continued their sit-in near the Afghan border crossing on Sunday against new passport rules, with speakers saying they would boycott the vote unless the rules were withdrawn."),
    ev(ERV, "suicide_bomb", "2023-07-15", "month",
       loc("Khar", "Khar", "Khyber Pakhtunkhwa", "PK", 34.74, 71.53),
       "Islamic State Khorasan Province", "rebel_group", "Civilians (Pakistan)", "civilians", 63,
       evidence="In July last year, a suicide bomber blew himself up at a convention of the Jamiat Ulema-e-Islam-Fazl (JUI-F) in Khar, killing 63 people.",
       bg=True),
]})

# 6 Gaza war protests abroad (wire)
t6 = """Tens of thousands march in London and Berlin to demand end to Gaza war

LONDON, Oct 11 (Reuters) - Tens of thousands of people marched through central London on Saturday to demand an end to the war in Gaza and a halt to British arms sales to Israel, and police said they had arrested 14 people, most of them for showing support for a banned group.

The march, organised by the Palestine Solidarity Campaign, set off from Russell Square and ended near Downing Street, where speakers including lawmakers and doctors who had worked in Gaza addressed the crowd. The Metropolitan Police said most of the arrests were made near Whitehall for displaying placards supporting Palestine Action, which the government proscribed as a terrorist organisation in July.

"We will keep marching until the bombs stop falling," said Hannah Price, 29, a nurse from Leeds who travelled with her two children.

In Berlin, several thousand people marched from Alexanderplatz to the Brandenburg Gate on Saturday afternoon, waving Palestinian flags and calling for a ceasefire, police said. The demonstration passed without incident and no arrests were made.

Smaller rallies were held in Dublin, Madrid and Stockholm, organisers said.

The protests have become a regular feature of weekend life in European capitals since the war began in October 2023. In August, police arrested more than 500 people at a sit-in in Parliament Square organised in support of Palestine Action, one of the largest mass arrests in London in years.

A ceasefire brokered by the United States, Egypt and Qatar took effect in Gaza on Friday, but organisers said they would keep up the pressure until Israeli forces withdrew and aid flowed freely.

Britain's government has suspended some arms export licences to Israel but has resisted calls for a full embargo."""
arts.append({"id": "probe-unrest-6", "url": None,
             "title": "Tens of thousands march in London and Berlin to demand end to Gaza war",
             "published": "2025-10-11", "text": t6, "events": [
    ev(PRO, "protest_with_intervention", "2025-10-11", "day",
       loc("London", "central London", "England", "GB", 51.51, -0.13),
       "Protesters (United Kingdom)", "protesters", "Police Forces of the United Kingdom", "state_forces",
       evidence="Tens of thousands of people marched through central London on Saturday to demand an end to the war in Gaza and a halt to British arms sales to Israel, and police said they had arrested 14 people, most of them for showing support for a banned group."),
    ev(PRO, "peaceful_protest", "2025-10-11", "day",
       loc("Berlin", "Berlin", "Berlin", "DE", 52.52, 13.41),
       "Protesters (Germany)", "protesters", None, None,
       evidence="In Berlin, several thousand people marched from Alexanderplatz to the Brandenburg Gate on Saturday afternoon, waving Palestinian flags and calling for a ceasefire, police said."),
    ev(PRO, "peaceful_protest", "2025-10-11", "week",
       loc("Dublin", "Dublin", "Leinster", "IE", 53.33, -6.25),
       "Protesters (Ireland)", "protesters", None, None,
       evidence="Smaller rallies were held in Dublin, Madrid and Stockholm, organisers said."),
    ev(PRO, "peaceful_protest", "2025-10-11", "week",
       loc("Madrid", "Madrid", "Madrid", "ES", 40.42, -3.70),
       "Protesters (Spain)", "protesters", None, None,
       evidence="Smaller rallies were held in Dublin, Madrid and Stockholm, organisers said."),
    ev(PRO, "peaceful_protest", "2025-10-11", "week",
       loc("Stockholm", "Stockholm", "Stockholm", "SE", 59.33, 18.07),
       "Protesters (Sweden)", "protesters", None, None,
       evidence="Smaller rallies were held in Dublin, Madrid and Stockholm, organisers said."),
    ev(PRO, "protest_with_intervention", "2025-08-15", "month",
       loc("London", "Parliament Square", "England", "GB", 51.51, -0.13),
       "Protesters (United Kingdom)", "protesters", "Police Forces of the United Kingdom", "state_forces",
       evidence="In August, police arrested more than 500 people at a sit-in in Parliament Square organised in support of Palestine Action, one of the largest mass arrests in London in years.",
       bg=True),
]})

# 7 Madagascar: water and power protests, curfew, arrests, strike (broadcaster)
t7 = """Madagascar imposes curfew in capital after deadly riots over water and power cuts

ANTANANARIVO (BBC Africa) - Authorities in Madagascar have imposed a night-time curfew in the capital, Antananarivo, after protests over chronic water and electricity shortages turned into a day of rioting and looting that left at least five people dead.

Thousands of mostly young demonstrators took to the streets of the capital on Thursday, organised on social media under the banner "Gen Z Madagascar". As the day wore on, groups of protesters looted supermarkets and electronics shops, set fire to the homes of two members of parliament and clashed with police, who fired tear gas and rubber bullets. Hospital sources said five people had died, including a security guard; the government put the toll at two.

Late on Thursday the prefect of Antananarivo announced a curfew from 19:00 to 05:00 "until further notice", saying it was needed to "protect lives and property".

On Friday police said they had arrested 31 people across the city suspected of looting, and that more arrests would follow after reviewing security camera footage.

Protests spread to other cities on Friday. In Mahajanga, on the north-west coast, university students marched to the regional governor's office carrying empty jerrycans, and dispersed peacefully after handing over a petition. In Toamasina, workers of the state utility Jirama went on strike and held a sit-in outside the company's regional headquarters to demand the payment of three months of wage arrears.

President Andry Rajoelina, speaking on national television on Friday evening, said he had heard the "anger of the youth" and announced the dismissal of the energy minister.

Madagascar has a long history of political crises that have ended in the street. On 7 February 2009, presidential guards opened fire on opposition supporters marching on the Ambohitsorohitra palace in Antananarivo, killing at least 28 people, in the turmoil that brought Rajoelina to power for the first time."""
arts.append({"id": "probe-unrest-7", "url": None,
             "title": "Madagascar imposes curfew in capital after deadly riots over water and power cuts",
             "published": "2025-09-27", "text": t7, "events": [
    ev(RIO, "violent_demonstration", "2025-09-25", "day",
       loc("Antananarivo", "the streets of the capital", "Analamanga", "MG", -18.91, 47.54),
       "Rioters (Madagascar)", "rioters", "Police Forces of Madagascar", "state_forces", 5, 2, 5,
       evidence="As the day wore on, groups of protesters looted supermarkets and electronics shops, set fire to the homes of two members of parliament and clashed with police, who fired tear gas and rubber bullets."),
    ev(SD, "other", "2025-09-25", "day",
       loc("Antananarivo", "Antananarivo", "Analamanga", "MG", -18.91, 47.54),
       "Government of Madagascar", "state_forces", None, None,
       evidence="Late on Thursday the prefect of Antananarivo announced a curfew from 19:00 to 05:00 \"until further notice\", saying it was needed to \"protect lives and property\"."),
    ev(SD, "arrests", "2025-09-26", "day",
       loc("Antananarivo", "across the city", "Analamanga", "MG", -18.91, 47.54),
       "Police Forces of Madagascar", "state_forces", "Rioters (Madagascar)", "rioters",
       evidence="On Friday police said they had arrested 31 people across the city suspected of looting, and that more arrests would follow after reviewing security camera footage."),
    ev(PRO, "peaceful_protest", "2025-09-26", "day",
       loc("Mahajanga", "Mahajanga, on the north-west coast", "Boeny", "MG", -15.72, 46.32),
       "Protesters (Madagascar)", "protesters", None, None,
       evidence="In Mahajanga, on the north-west coast, university students marched to the regional governor's office carrying empty jerrycans, and dispersed peacefully after handing over a petition."),
    ev(PRO, "peaceful_protest", "2025-09-26", "day",
       loc("Toamasina", "Toamasina", "Atsinanana", "MG", -18.15, 49.40),
       "Protesters (Madagascar)", "protesters", None, None,
       evidence="In Toamasina, workers of the state utility Jirama went on strike and held a sit-in outside the company's regional headquarters to demand the payment of three months of wage arrears."),
    ev(PRO, "excessive_force_against_protesters", "2009-02-07", "day",
       loc("Antananarivo", "the Ambohitsorohitra palace in Antananarivo", "Analamanga", "MG", -18.91, 47.54),
       "Military Forces of Madagascar", "state_forces", "Protesters (Madagascar)", "protesters", 28, 28,
       evidence="On 7 February 2009, presidential guards opened fire on opposition supporters marching on the Ambohitsorohitra palace in Antananarivo, killing at least 28 people, in the turmoil that brought Rajoelina to power for the first time.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-unrest.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
