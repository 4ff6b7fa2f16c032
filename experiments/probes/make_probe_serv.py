"""Builds probe-serv.jsonl: own-written articles on attacks on services and the people who run them (aid convoys
and clinics in South Sudan, a clinic, a police clash and a prison riot in Haiti, polio workers and a school in
Pakistan's Khyber Pakhtunkhwa, teachers and schools in Cameroon's North West, a journalist and census staff in
Mexico, power technicians and a prison riot in Mozambique); NGO release, wire and local-daily styles, background
paragraphs, relative and explicit dates (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, VAC, PRO, RIO, SD = ("battles", "explosions_remote_violence", "violence_against_civilians", "protests",
                               "riots", "strategic_developments")


def note(location, text):
    location["coords_note"] = text
    return location


# 1 South Sudan: NGO-forum press release from Juba
t1 = """Aid convoy ambushed on Juba-Bor road, driver killed, relief agencies say

JUBA, 14 October 2026 - The South Sudan NGO Forum strongly condemns the ambush of a humanitarian convoy on the Juba-Bor road on Monday, in which a driver contracted by one of its member organisations was killed and two other staff members were wounded.

The convoy of nine trucks, carrying food and medical supplies for flood-affected families in Jonglei State, came under fire from unidentified armed men about 20 kilometres north of Mangala in Central Equatoria shortly after midday. The attackers looted two of the trucks before escaping into the bush. The wounded were taken to a hospital in Juba and are in a stable condition.

"Humanitarian workers are not a target. The people who bring food to hungry families must be able to do their work without being shot at," the Forum's director said.

In a separate incident on Saturday, armed youth broke into a primary health care centre in Pibor town and carried away medicines, solar panels and a refrigerator used to store vaccines. No staff were hurt, but the centre has suspended its services.

Last week, soldiers detained two national staff of a water and sanitation project in Yei. They were released the next day without charge.

The Forum recalls that in April 2025, gunmen shot dead a nurse working for a medical charity in Kajo-Keji county, a killing for which no one has been held to account.

At least 14 aid workers have been killed in South Sudan so far this year, according to the UN's humanitarian office. The Forum calls on the transitional government to investigate all attacks and to guarantee safe passage on the country's main supply roads.

ENDS"""
SSC = "Civilians (South Sudan)"
UAG_SS = "Unidentified Armed Group (South Sudan)"
arts.append({"id": "probe-serv-1", "url": None,
             "title": "Aid convoy ambushed on Juba-Bor road, driver killed, relief agencies say",
             "published": "2026-10-14", "text": t1, "events": [
    ev(VAC, "attack", "2026-10-12", "day",
       note(loc("Mangala", "about 20 kilometres north of Mangala in Central Equatoria", "Central Equatoria", "SS",
                5.20, 31.77, "region"), "on the Juba-Bor road north of Mangala; Mangala's coordinates (approximate)"),
       UAG_SS, "unknown", SSC, "civilians", 1, injured=2,
       evidence="The convoy of nine trucks, carrying food and medical supplies for flood-affected families in Jonglei State, came under fire from unidentified armed men about 20 kilometres north of Mangala in Central Equatoria shortly after midday."),
    ev(SD, "looting_property_destruction", "2026-10-10", "day",
       loc("Pibor", "Pibor town", "Jonglei", "SS", 6.80, 33.13),
       UAG_SS, "unknown", SSC, "civilians", 0,
       evidence="In a separate incident on Saturday, armed youth broke into a primary health care centre in Pibor town and carried away medicines, solar panels and a refrigerator used to store vaccines."),
    ev(SD, "arrests", "2026-10-08", "week",
       loc("Yei", "Yei", "Central Equatoria", "SS", 4.09, 30.68),
       "Military Forces of South Sudan", "state_forces", SSC, "civilians",
       evidence="Last week, soldiers detained two national staff of a water and sanitation project in Yei."),
    ev(VAC, "attack", "2025-04-15", "month",
       loc("Kajo Keji", "Kajo-Keji county", "Central Equatoria", "SS", 3.85, 31.66, "region"),
       UAG_SS, "unknown", SSC, "civilians", 1,
       evidence="The Forum recalls that in April 2025, gunmen shot dead a nurse working for a medical charity in Kajo-Keji county, a killing for which no one has been held to account.",
       bg=True),
]})

# 2 Haiti: AP-style wire from Port-au-Prince
t2 = """Gangs torch clinic in Haiti's Kenscoff as attacks on health care mount

PORT-AU-PRINCE, Haiti (AP) - Gang members set fire to a health clinic in the hills of Kenscoff late on Sunday, killing a nurse and a security guard who were trapped inside, Haitian officials said Monday.

The clinic was one of the last still open in the commune, where the Viv Ansanm gang coalition has been pushing into farming villages for more than a year. "They came at night, poured gasoline on the doors and set it alight," a local official told The Associated Press, speaking on condition of anonymity for fear of reprisals.

On Monday, police officers backed by a specialized unit exchanged fire with Viv Ansanm gunmen in Pétion-Ville, killing three suspected gang members, the Haitian National Police said in a statement. One officer was wounded.

In the central town of Hinche, two inmates were killed and about 40 escaped on Saturday during a riot at the civil prison, the prison administration said. Inmates set fire to mattresses and broke down a gate before guards fired tear gas and live rounds to regain control.

Gangs have repeatedly targeted hospitals, prisons and police stations. In March 2025, gang members overran the town of Mirebalais, freeing more than 500 inmates from its prison. In December 2024, gunmen opened fire at the reopening of the General Hospital in downtown Port-au-Prince, killing two journalists and a police officer.

More than 5,000 people were killed in gang violence in Haiti last year, according to the United Nations, and over a million have fled their homes."""
VIV = "Viv Ansanm"
HPOL = "Police Forces of Haiti"
arts.append({"id": "probe-serv-2", "url": None,
             "title": "Gangs torch clinic in Haiti's Kenscoff as attacks on health care mount",
             "published": "2026-09-08", "text": t2, "events": [
    ev(VAC, "attack", "2026-09-06", "day",
       loc("Kenscoff", "the hills of Kenscoff", "Ouest", "HT", 18.45, -72.29),
       "Unidentified Gang (Haiti)", "political_militia", "Civilians (Haiti)", "civilians", 2,
       evidence="Gang members set fire to a health clinic in the hills of Kenscoff late on Sunday, killing a nurse and a security guard who were trapped inside, Haitian officials said Monday."),
    ev(BAT, "armed_clash", "2026-09-07", "day",
       loc("Petionville", "Pétion-Ville", "Ouest", "HT", 18.51, -72.29),
       HPOL, "state_forces", VIV, "political_militia", 3, injured=1,
       evidence="On Monday, police officers backed by a specialized unit exchanged fire with Viv Ansanm gunmen in Pétion-Ville, killing three suspected gang members, the Haitian National Police said in a statement."),
    ev(RIO, "violent_demonstration", "2026-09-05", "day",
       loc("Hinche", "the central town of Hinche", "Centre", "HT", 19.15, -72.02),
       "Rioters (Haiti)", "rioters", HPOL, "state_forces", 2,
       evidence="In the central town of Hinche, two inmates were killed and about 40 escaped on Saturday during a riot at the civil prison, the prison administration said."),
    ev(BAT, "non_state_actor_overtakes_territory", "2025-03-15", "month",
       loc("Mirebalais", "the town of Mirebalais", "Centre", "HT", 18.83, -72.10),
       "Unidentified Gang (Haiti)", "political_militia", HPOL, "state_forces",
       evidence="In March 2025, gang members overran the town of Mirebalais, freeing more than 500 inmates from its prison.",
       bg=True),
    ev(VAC, "attack", "2024-12-15", "month",
       loc("Port-au-Prince", "downtown Port-au-Prince", "Ouest", "HT", 18.54, -72.34),
       "Unidentified Armed Group (Haiti)", "unknown", "Civilians (Haiti)", "civilians", 3,
       evidence="In December 2024, gunmen opened fire at the reopening of the General Hospital in downtown Port-au-Prince, killing two journalists and a police officer.",
       bg=True),
]})

# 3 Pakistan: local daily from Khar, Khyber Pakhtunkhwa
t3 = """Lady health worker shot dead during polio drive in Bajaur

KHAR: A lady health worker was shot dead and a police constable escorting her vaccination team was injured when unidentified motorcyclists opened fire on them in Mamund tehsil of Bajaur district on Monday morning, police said.

The District Police Officer told reporters the team was going door to door when two men on a motorbike fired at them and fled towards the hills. The injured constable was shifted to the District Headquarters Hospital in Khar, where his condition was stated to be out of danger. A search operation was under way in the area, he added.

The health department suspended the campaign in the tehsil for two days. "Our workers go out to protect children from a crippling disease, and they are being hunted," a provincial health official said.

Separately, suspected Taliban militants blew up a government girls' middle school in Mir Ali, North Waziristan, in the early hours of Sunday. Officials said no one was hurt as the building was empty at the time.

In Peshawar, the Counter-Terrorism Department said on Monday it had arrested two suspects linked to the banned Tehreek-i-Taliban Pakistan over attacks on polio teams in the province.

In January this year, gunmen shot dead two polio workers in Karak district, prompting a boycott of the campaign by health workers in several districts.

Pakistan and neighbouring Afghanistan are the only two countries where wild poliovirus is still endemic."""
UAG_PK = "Unidentified Armed Group (Pakistan)"
PKC = "Civilians (Pakistan)"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
arts.append({"id": "probe-serv-3", "url": None,
             "title": "Lady health worker shot dead during polio drive in Bajaur",
             "published": "2026-11-03", "text": t3, "events": [
    ev(VAC, "attack", "2026-11-02", "day",
       note(loc("Khar", "Mamund tehsil of Bajaur district", "Khyber Pakhtunkhwa", "PK", 34.73, 71.52, "region"),
            "Mamund tehsil; Khar, the district headquarters (approximate)"),
       UAG_PK, "unknown", PKC, "civilians", 1, injured=1,
       evidence="A lady health worker was shot dead and a police constable escorting her vaccination team was injured when unidentified motorcyclists opened fire on them in Mamund tehsil of Bajaur district on Monday morning, police said."),
    ev(ERV, "remote_explosive_landmine_ied", "2026-11-01", "day",
       loc("Mir Ali", "Mir Ali, North Waziristan", "Khyber Pakhtunkhwa", "PK", 32.97, 70.28),
       TTP, "rebel_group", None, None, 0,
       evidence="Separately, suspected Taliban militants blew up a government girls' middle school in Mir Ali, North Waziristan, in the early hours of Sunday."),
    ev(SD, "arrests", "2026-11-02", "week",
       loc("Peshawar", "Peshawar", "Khyber Pakhtunkhwa", "PK", 34.01, 71.58),
       "Police Forces of Pakistan", "state_forces", TTP, "rebel_group",
       evidence="In Peshawar, the Counter-Terrorism Department said on Monday it had arrested two suspects linked to the banned Tehreek-i-Taliban Pakistan over attacks on polio teams in the province."),
    ev(VAC, "attack", "2026-01-15", "month",
       loc("Karak", "Karak district", "Khyber Pakhtunkhwa", "PK", 33.12, 71.09, "region"),
       UAG_PK, "unknown", PKC, "civilians", 2,
       evidence="In January this year, gunmen shot dead two polio workers in Karak district, prompting a boycott of the campaign by health workers in several districts.",
       bg=True),
]})

# 4 Cameroon: local daily from Bamenda
t4 = """Anglophone crisis: Amba fighters kidnap five teachers in Kumbo

BAMENDA - Suspected Ambazonian separatist fighters on Wednesday abducted five teachers from Government Bilingual High School Kumbo in Bui Division, North West Region, barely a week after classes resumed in the town.

According to colleagues who witnessed the scene, about ten armed men stormed the school compound at around 10 a.m., fired into the air and forced the teachers into a waiting vehicle. Pupils fled in panic. The kidnappers later called the principal to demand a ransom of five million FCFA, a source at the Bui divisional delegation of secondary education told this paper.

Late on Tuesday, separatists also set fire to four classrooms of a public primary school in Ndop, Ngoketunjia Division, accusing the headmaster of defying their ban on schooling.

In Bamenda, soldiers on Thursday killed two suspected separatist fighters in an exchange of fire at Mile 4 Nkwen, military sources said. A rifle and a locally made gun were recovered.

Separatist groups have ordered a boycott of schools in the two English-speaking regions since 2017, and attacks on teachers and pupils have kept thousands of children out of class. On 24 October 2020, gunmen stormed a private school in Kumba, South West Region, killing seven pupils, in one of the deadliest attacks of the conflict.

The Governor of the North West Region, on a visit to Kumbo yesterday, urged parents not to give in to fear."""
AMB = "Ambazonian Separatists"
CMC = "Civilians (Cameroon)"
arts.append({"id": "probe-serv-4", "url": None,
             "title": "Anglophone crisis: Amba fighters kidnap five teachers in Kumbo",
             "published": "2026-06-19", "text": t4, "events": [
    ev(VAC, "abduction_forced_disappearance", "2026-06-17", "day",
       loc("Kumbo", "Government Bilingual High School Kumbo in Bui Division, North West Region", "North-West", "CM",
           6.20, 10.68),
       AMB, "rebel_group", CMC, "civilians",
       evidence="Suspected Ambazonian separatist fighters on Wednesday abducted five teachers from Government Bilingual High School Kumbo in Bui Division, North West Region, barely a week after classes resumed in the town."),
    ev(SD, "looting_property_destruction", "2026-06-16", "day",
       loc("Ndop", "Ndop, Ngoketunjia Division", "North-West", "CM", 5.98, 10.42),
       AMB, "rebel_group", None, None,
       evidence="Late on Tuesday, separatists also set fire to four classrooms of a public primary school in Ndop, Ngoketunjia Division, accusing the headmaster of defying their ban on schooling."),
    ev(BAT, "armed_clash", "2026-06-18", "day",
       loc("Bamenda", "Mile 4 Nkwen", "North-West", "CM", 5.96, 10.15),
       "Military Forces of Cameroon", "state_forces", AMB, "rebel_group", 2,
       evidence="In Bamenda, soldiers on Thursday killed two suspected separatist fighters in an exchange of fire at Mile 4 Nkwen, military sources said."),
    ev(VAC, "attack", "2020-10-24", "day",
       loc("Kumba", "Kumba, South West Region", "South-West", "CM", 4.64, 9.45),
       "Unidentified Armed Group (Cameroon)", "unknown", CMC, "civilians", 7,
       evidence="On 24 October 2020, gunmen stormed a private school in Kumba, South West Region, killing seven pupils, in one of the deadliest attacks of the conflict.",
       bg=True),
]})

# 5 Mexico: Reuters-style wire from Mexico City
t5 = """Journalist shot dead in Mexico's Guerrero, fourth killed this year

MEXICO CITY, Aug 24 (Reuters) - A local journalist was shot dead outside his home in the Pacific resort of Acapulco on Saturday night, prosecutors in the southern state of Guerrero said on Sunday, the fourth member of the press killed in Mexico this year.

Two men on a motorcycle fired at least ten shots at the reporter, who ran a news page on social media covering crime and local politics, as he got out of his car, the state prosecutor's office said in a statement. He died at the scene.

Press freedom group Article 19 urged authorities to consider his work as the motive. "Impunity is what keeps these killings going," the group said.

State police said they had arrested a man in the state capital Chilpancingo on Sunday in connection with the murder of a radio presenter there in May, who was shot dead by gunmen as he left his studio.

In the northern state of Sinaloa, two workers of the national statistics agency INEGI were kidnapped by armed men on Friday while carrying out a household survey on the outskirts of Culiacán, the agency said. Their whereabouts were unknown.

Sinaloa has been gripped by fighting between rival factions of the Sinaloa Cartel since September 2024, which has killed more than 2,000 people in the state.

Mexico is one of the most dangerous countries in the world for journalists outside war zones. (Reporting by Reuters staff; Editing by ...)"""
UAG_MX = "Unidentified Armed Group (Mexico)"
MXC = "Civilians (Mexico)"
arts.append({"id": "probe-serv-5", "url": None,
             "title": "Journalist shot dead in Mexico's Guerrero, fourth killed this year",
             "published": "2026-08-24", "text": t5, "events": [
    ev(VAC, "attack", "2026-08-22", "day",
       loc("Acapulco de Juárez", "the Pacific resort of Acapulco", "Guerrero", "MX", 16.86, -99.89),
       UAG_MX, "unknown", MXC, "civilians", 1,
       evidence="A local journalist was shot dead outside his home in the Pacific resort of Acapulco on Saturday night, prosecutors in the southern state of Guerrero said on Sunday, the fourth member of the press killed in Mexico this year."),
    ev(SD, "arrests", "2026-08-23", "day",
       loc("Chilpancingo", "the state capital Chilpancingo", "Guerrero", "MX", 17.55, -99.50),
       "Police Forces of Mexico", "state_forces", MXC, "civilians",
       evidence="State police said they had arrested a man in the state capital Chilpancingo on Sunday in connection with the murder of a radio presenter there in May, who was shot dead by gunmen as he left his studio."),
    ev(VAC, "attack", "2026-05-15", "month",
       loc("Chilpancingo", "there", "Guerrero", "MX", 17.55, -99.50),
       UAG_MX, "unknown", MXC, "civilians", 1,
       evidence="State police said they had arrested a man in the state capital Chilpancingo on Sunday in connection with the murder of a radio presenter there in May, who was shot dead by gunmen as he left his studio.",
       bg=True),
    ev(VAC, "abduction_forced_disappearance", "2026-08-21", "day",
       loc("Culiacán", "the outskirts of Culiacán", "Sinaloa", "MX", 24.80, -107.39),
       UAG_MX, "unknown", MXC, "civilians",
       evidence="In the northern state of Sinaloa, two workers of the national statistics agency INEGI were kidnapped by armed men on Friday while carrying out a household survey on the outskirts of Culiacán, the agency said."),
]})

# 6 Mozambique: Lusa-style copy from Maputo
t6 = """Insurgents kill two power company technicians in Cabo Delgado

Maputo, 29 Oct 2026 (Lusa) - Insurgents linked to the Islamic State killed two technicians of the state electricity company EDM who were repairing a power line near Macomia, in Cabo Delgado province, on Tuesday, the company said today.

The workers were ambushed on the road between Macomia and Chai while restoring a line damaged by storms, and their vehicle was burned, EDM said in a statement, adding that it had suspended repair work in the district until security was guaranteed. Power cuts have affected Macomia and Mucojo for three weeks.

In Nampula, one inmate died and eleven escaped on Wednesday when prisoners rioted at the provincial penitentiary, burning mattresses and attacking guards, a spokesman for the National Penitentiary Service (SERNAP) told Lusa. Police fired shots to restore order, he said, and a manhunt was under way for the fugitives.

Prisons in Mozambique are overcrowded, and riots have become more frequent. On 25 December 2024, more than 1,500 inmates escaped from the Maputo central prison during a riot in which 33 people died in clashes with guards.

The insurgency in Cabo Delgado, which began in October 2017, has displaced more than a million people. Rwandan and Mozambican troops have retaken most district headquarters, but small groups of fighters continue to attack roads and villages."""
ISM = "Islamic State (Mozambique)"
MZPOL = "Police Forces of Mozambique"
arts.append({"id": "probe-serv-6", "url": None,
             "title": "Insurgents kill two power company technicians in Cabo Delgado",
             "published": "2026-10-29", "text": t6, "events": [
    ev(VAC, "attack", "2026-10-27", "day",
       note(loc("Macomia", "near Macomia, in Cabo Delgado province", "Cabo Delgado", "MZ", -12.25, 40.12, "region"),
            "road between Macomia and Chai; Macomia's coordinates"),
       ISM, "rebel_group", "Civilians (Mozambique)", "civilians", 2,
       evidence="Insurgents linked to the Islamic State killed two technicians of the state electricity company EDM who were repairing a power line near Macomia, in Cabo Delgado province, on Tuesday, the company said today."),
    ev(RIO, "violent_demonstration", "2026-10-28", "day",
       loc("Nampula", "Nampula", "Nampula", "MZ", -15.12, 39.27),
       "Rioters (Mozambique)", "rioters", MZPOL, "state_forces", 1,
       evidence="In Nampula, one inmate died and eleven escaped on Wednesday when prisoners rioted at the provincial penitentiary, burning mattresses and attacking guards, a spokesman for the National Penitentiary Service (SERNAP) told Lusa."),
    ev(RIO, "violent_demonstration", "2024-12-25", "day",
       loc("Maputo", "the Maputo central prison", "Maputo City", "MZ", -25.97, 32.58),
       "Rioters (Mozambique)", "rioters", MZPOL, "state_forces", 33,
       evidence="On 25 December 2024, more than 1,500 inmates escaped from the Maputo central prison during a riot in which 33 people died in clashes with guards.",
       bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-serv.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
