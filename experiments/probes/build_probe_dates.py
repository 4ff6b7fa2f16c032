"""Builds probe-dates.jsonl: own-written articles on how news tells WHEN (not dev text)."""
import json
from pathlib import Path

from probe_gold import ev, loc  # noqa: E402

arts = []

# 1 Somalia: dateline, Monday report of a late-Saturday bombing, a Friday attack across a month end
t1 = """MOGADISHU, March 3 (Reuters) - A suicide car bomber struck a checkpoint outside Baidoa late on Saturday, killing at least nine people, a regional official said on Sunday.

The blast tore through vehicles queuing at the western gate of the town, the administrative centre of South West State. Al Shabaab claimed responsibility in a statement on its radio station.

"The bomber drove into the queue and detonated his vehicle," Abdullahi Hassan, a district commissioner, told Reuters by phone. Fourteen others were wounded, he said.

In a separate attack last Friday, al Shabaab fighters stormed an army base in Bulo Burde in Hiiraan region, sparking a gunfight that lasted two hours. Four soldiers and seven militants died, the army said.

Somali forces backed by African Union troops have been fighting the group for years."""
arts.append({"id": "pd-som", "url": None, "title": None, "published": "2025-03-03", "text": t1, "events": [
    ev("explosions_remote_violence", "suicide_bomb", "2025-03-01", "day",
       loc("Baidoa", "outside Baidoa", "Bay", "SO", 3.11, 43.65),
       "Al Shabaab", "rebel_group", "Civilians (Somalia)", "civilians", 9, 9, None, 14,
       "A suicide car bomber struck a checkpoint outside Baidoa late on Saturday, killing at least nine people, a regional official said on Sunday."),
    ev("battles", "armed_clash", "2025-02-28", "day",
       loc("Bulo Burde", "Bulo Burde in Hiiraan region", "Hiiraan", "SO", 3.85, 45.57),
       "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", 11,
       evidence="In a separate attack last Friday, al Shabaab fighters stormed an army base in Bulo Burde in Hiiraan region, sparking a gunfight that lasted two hours."),
]})

# 2 Ukraine: overnight into Sunday, year-end rollover, statement on another day
t2 = """KYIV, Jan 1 (AP) - Russian drones hit residential buildings in Odesa overnight into Sunday, killing two people and injuring eight, the regional governor said.

Oleh Kiper wrote on Telegram on Sunday morning that debris set fire to a nine-storey block in the city's Kyivskyi district.

On Saturday, Russian artillery shelled the centre of Kherson, killing a 64-year-old woman at a bus stop, local authorities said. The shelling lasted about an hour.

Ukrainian forces struck back at dawn on Sunday, hitting a fuel depot in Russia's Belgorod region with drones, Russian officials said. Nobody was hurt, according to the Belgorod governor.

The strikes came after a huge missile barrage on Dec. 29 killed at least 39 people across Ukraine, one of the deadliest of the war."""
arts.append({"id": "pd-ukr", "url": None, "title": None, "published": "2024-01-01", "text": t2, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2023-12-31", "day",
       loc("Odesa", "Odesa", "Odessa Oblast", "UA", 46.48, 30.73),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 2, injured=8,
       evidence="Russian drones hit residential buildings in Odesa overnight into Sunday, killing two people and injuring eight, the regional governor said."),
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2023-12-30", "day",
       loc("Kherson", "the centre of Kherson", "Kherson Oblast", "UA", 46.64, 32.61),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 1,
       evidence="On Saturday, Russian artillery shelled the centre of Kherson, killing a 64-year-old woman at a bus stop, local authorities said."),
    ev("explosions_remote_violence", "air_drone_strike", "2023-12-31", "day",
       loc("Belgorod", "Russia's Belgorod region", "Belgorod Oblast", "RU", 50.61, 36.58, "admin1"),
       "Military Forces of Ukraine", "state_forces", None, None, 0,
       evidence="Ukrainian forces struck back at dawn on Sunday, hitting a fuel depot in Russia's Belgorod region with drones, Russian officials said."),
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2023-12-29", "day",
       loc("Ukraine", "across Ukraine", None, "UA", 50.45, 30.52, "country"),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 39, 39,
       evidence="The strikes came after a huge missile barrage on Dec. 29 killed at least 39 people across Ukraine, one of the deadliest of the war.", bg=True),
]})

# 3 Nigeria: early on Sunday, statement Monday, "two days earlier" counted from the lead
t3 = """Gunmen abducted at least 20 worshippers from a church in Kajuru, Kaduna State, early on Sunday, police said on Monday.

The attackers arrived on motorcycles during the morning service and marched their captives into the forest, Kaduna police spokesman Mansir Hassan said in a statement.

The abduction came two days after bandits killed 11 farmers in their fields near Maru in neighbouring Zamfara State.

Residents of Kajuru said soldiers reached the church hours after the attack. "We called them at dawn and they came at noon," one said.

On the 21st of last month, gunmen kidnapped 40 passengers from a bus on the Abuja-Kaduna highway near Katari, and most are still held."""
arts.append({"id": "pd-nga", "url": None, "title": None, "published": "2023-06-05", "text": t3, "events": [
    ev("violence_against_civilians", "abduction_forced_disappearance", "2023-06-04", "day",
       loc("Kajuru", "a church in Kajuru, Kaduna State", "Kaduna", "NG", 10.32, 7.68),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="Gunmen abducted at least 20 worshippers from a church in Kajuru, Kaduna State, early on Sunday, police said on Monday."),
    ev("violence_against_civilians", "attack", "2023-06-02", "day",
       loc("Maru", "near Maru in neighbouring Zamfara State", "Zamfara", "NG", 12.33, 6.40),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians", 11,
       evidence="The abduction came two days after bandits killed 11 farmers in their fields near Maru in neighbouring Zamfara State.", bg=True),
    ev("violence_against_civilians", "abduction_forced_disappearance", "2023-05-21", "day",
       loc("Katari", "the Abuja-Kaduna highway near Katari", "Kaduna", "NG", 9.87, 7.28),
       "Unidentified Armed Group (Nigeria)", "unknown", "Civilians (Nigeria)", "civilians",
       evidence="On the 21st of last month, gunmen kidnapped 40 passengers from a bus on the Abuja-Kaduna highway near Katari, and most are still held.", bg=True),
]})

# 4 Myanmar: "on the 14th", "last month", report on Tuesday
t4 = """Junta aircraft bombed a village in Kani township of Sagaing Region on Sunday afternoon, killing five civilians including two children, a local resistance group said on Tuesday.

The jets dropped two bombs on the village of Let Yet Kone, destroying a monastery school, the Kani People's Defence Force said.

Residents said they had fled into nearby fields after hearing aircraft on the 12th, but many had returned home the day before the raid.

Last month, PDF fighters ambushed a military convoy near Gangaw in Magway Region, killing 12 soldiers, according to the group. The military did not comment.

The regime has relied increasingly on air power since the 2021 coup."""
arts.append({"id": "pd-mmr", "url": None, "title": None, "published": "2022-08-16", "text": t4, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2022-08-14", "day",
       loc("Kani", "a village in Kani township of Sagaing Region", "Sagaing", "MM", 22.43, 94.85, "region"),
       "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", 5,
       evidence="Junta aircraft bombed a village in Kani township of Sagaing Region on Sunday afternoon, killing five civilians including two children, a local resistance group said on Tuesday."),
    ev("battles", "armed_clash", "2022-07-15", "month",
       loc("Gangaw", "near Gangaw in Magway Region", "Magway", "MM", 22.17, 94.13),
       "PDF: People's Defence Force", "rebel_group", "Military Forces of Myanmar", "state_forces", 12,
       evidence="Last month, PDF fighters ambushed a military convoy near Gangaw in Magway Region, killing 12 soldiers, according to the group.", bg=True),
]})

# 5 Sudan: Monday report of Saturday shelling, "the previous day" from a Sunday statement, a Tuesday-to-Thursday battle
t5 = """The Rapid Support Forces shelled a crowded market in Omdurman on Saturday, killing 14 people, medics said, as fighting in Sudan entered its third week.

Sudan's army said on Sunday that its warplanes had struck RSF positions in Khartoum North the previous day. It gave no casualty figures.

In West Darfur, fighting between the army and the RSF that raged in El Geneina from Tuesday to Thursday killed at least 30 people, the Sudan Doctors' Union said.

"We buried people in the yards of their houses," a resident of El Geneina said by phone.

The war erupted on April 15 between the army chief and his former deputy, who leads the RSF."""
arts.append({"id": "pd-sdn", "url": None, "title": None, "published": "2023-05-01", "text": t5, "events": [
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2023-04-29", "day",
       loc("Omdurman", "a crowded market in Omdurman", "Khartoum", "SD", 15.64, 32.48),
       "RSF: Rapid Support Forces", "political_militia", "Civilians (Sudan)", "civilians", 14,
       evidence="The Rapid Support Forces shelled a crowded market in Omdurman on Saturday, killing 14 people, medics said, as fighting in Sudan entered its third week."),
    ev("explosions_remote_violence", "air_drone_strike", "2023-04-29", "day",
       loc("Khartoum North", "Khartoum North", "Khartoum", "SD", 15.64, 32.53),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "political_militia",
       evidence="Sudan's army said on Sunday that its warplanes had struck RSF positions in Khartoum North the previous day."),
    ev("battles", "armed_clash", "2023-04-26", "week",
       loc("El Geneina", "El Geneina", "West Darfur", "SD", 13.45, 22.45),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "political_militia", 30, 30,
       evidence="In West Darfur, fighting between the army and the RSF that raged in El Geneina from Tuesday to Thursday killed at least 30 people, the Sudan Doctors' Union said."),
]})

# 6 Haiti: Wednesday report, "late Monday", "two days ago", "at dawn on Tuesday"
t6 = """PORT-AU-PRINCE, May 29 - Gang members set fire to a police station in Mirebalais late Monday after a six-hour gunfight with officers, Haiti's national police said on Wednesday.

Three police officers were killed and two were wounded in the fighting, a police union said.

At dawn on Tuesday, gunmen of the Viv Ansanm coalition attacked the neighbourhood of Solino in Port-au-Prince, killing four residents, according to a local rights group.

"Two days ago they came to burn our houses; today we have nowhere to go," a Solino resident told reporters.

Haiti's transitional council appointed a new prime minister earlier this month."""
arts.append({"id": "pd-hti", "url": None, "title": None, "published": "2024-05-29", "text": t6, "events": [
    ev("battles", "armed_clash", "2024-05-27", "day",
       loc("Mirebalais", "a police station in Mirebalais", "Centre", "HT", 18.83, -72.10),
       "Unidentified Gang (Haiti)", "political_militia", "Police Forces of Haiti", "state_forces", 3, injured=2,
       evidence="Gang members set fire to a police station in Mirebalais late Monday after a six-hour gunfight with officers, Haiti's national police said on Wednesday."),
    ev("violence_against_civilians", "attack", "2024-05-28", "day",
       loc("Port-au-Prince", "the neighbourhood of Solino in Port-au-Prince", "Ouest", "HT", 18.54, -72.34),
       "Viv Ansanm", "political_militia", "Civilians (Haiti)", "civilians", 4,
       evidence="At dawn on Tuesday, gunmen of the Viv Ansanm coalition attacked the neighbourhood of Solino in Port-au-Prince, killing four residents, according to a local rights group."),
]})

out = Path(__file__).with_name("probe-dates.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"][:40])
print(len(arts), sum(len(a["events"]) for a in arts))
