"""Builds probe-tolls.jsonl: own-written articles on how news tells the dead and wounded (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []

# 1 Nigeria: a toll that rose, "killing N at the scene", attackers' deaths told in a later sentence
t1 = """Death toll in Nigeria market bombing rises to 31

MAIDUGURI, Nigeria, June 10 (Reuters) - The death toll from a suicide bombing at a crowded market in Konduga in northeastern Nigeria rose to 31 on Tuesday, after several of the wounded died in hospital, emergency officials said.

The bomber, a woman carrying explosives under her clothes, blew herself up among traders late on Monday afternoon, killing 24 people at the scene and wounding 48 others, according to the Borno State Emergency Management Agency.

No group has claimed responsibility, but suspected Boko Haram militants have carried out similar attacks on markets and mosques in the area.

"We buried 31 people this morning, among them women and children," said Bulama Ali, a community leader in Konduga.

The bombing came weeks after jihadists raided a military base in Marte last month, killing 11 soldiers. Two of the attackers were also killed when troops returned fire, the army said at the time."""
arts.append({"id": "pt-nga", "url": None, "title": "Death toll in Nigeria market bombing rises to 31",
             "published": "2025-06-10", "text": t1, "events": [
    ev("explosions_remote_violence", "suicide_bomb", "2025-06-09", "day",
       loc("Konduga", "Konduga", "Borno", "NG", 11.65, 13.42),
       "Boko Haram", "rebel_group", "Civilians (Nigeria)", "civilians", 31, injured=48,
       evidence="The bomber, a woman carrying explosives under her clothes, blew herself up among traders late on Monday afternoon, killing 24 people at the scene and wounding 48 others, according to the Borno State Emergency Management Agency."),
    ev("battles", "armed_clash", "2025-05-15", "month",
       loc("Marte", "Marte", "Borno", "NG", 12.36, 13.83),
       "Unidentified jihadist group (Nigeria)", "rebel_group", "Military Forces of Nigeria", "state_forces", 13,
       evidence="The bombing came weeks after jihadists raided a military base in Marte last month, killing 11 soldiers.", bg=True),
]})

# 2 Sudan: two sources' figures, one toll for two towns, a toll split over two sentences
t2 = """PORT SUDAN, May 12 (AFP) - Shelling by the paramilitary Rapid Support Forces on the Abu Shouk displacement camp outside El Fasher killed 14 civilians and wounded 30 on Sunday, a medical charity said.

The Sudan Doctors Network said most of the dead were women and children hit as shells landed near a water point. A local emergency response room later put the death toll at 22, saying more bodies had been recovered from collapsed shelters.

The RSF, at war with the army since April 2023, did not comment.

Separately, drone strikes on the South Kordofan towns of Kadugli and Dilling on Saturday killed nine people, according to the state government, which blamed the RSF.

In a third incident, the army said its troops repelled an RSF assault on the town of Babanusa in West Kordofan on Sunday, killing 20 of the attackers. Three soldiers died in the fighting, a military source said."""
arts.append({"id": "pt-sdn", "url": None, "title": None, "published": "2025-05-12", "text": t2, "events": [
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2025-05-11", "day",
       loc("El Fasher", "the Abu Shouk displacement camp outside El Fasher", "North Darfur", "SD", 13.63, 25.35, "region"),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 14, 14, 22, 30,
       "Shelling by the paramilitary Rapid Support Forces on the Abu Shouk displacement camp outside El Fasher killed 14 civilians and wounded 30 on Sunday, a medical charity said."),
    ev("explosions_remote_violence", "air_drone_strike", "2025-05-10", "day",
       loc("Kadugli", "Kadugli", "South Kordofan", "SD", 11.01, 29.72),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="Separately, drone strikes on the South Kordofan towns of Kadugli and Dilling on Saturday killed nine people, according to the state government, which blamed the RSF."),
    ev("explosions_remote_violence", "air_drone_strike", "2025-05-10", "day",
       loc("Dilling", "Dilling", "South Kordofan", "SD", 12.05, 29.65),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="Separately, drone strikes on the South Kordofan towns of Kadugli and Dilling on Saturday killed nine people, according to the state government, which blamed the RSF."),
    ev("battles", "armed_clash", "2025-05-11", "day",
       loc("Babanusa", "the town of Babanusa in West Kordofan", "West Kordofan", "SD", 11.33, 27.81),
       "Military Forces of Sudan", "state_forces", "RSF: Rapid Support Forces", "rebel_group", 23,
       evidence="In a third incident, the army said its troops repelled an RSF assault on the town of Babanusa in West Kordofan on Sunday, killing 20 of the attackers."),
]})

# 3 Ukraine: "including a child", "died of her wounds ... bringing the toll to three", interceptions
t3 = """Russian missile strike on Dnipro kills five, including a child

KYIV, March 10 (AP) - A Russian ballistic missile slammed into an apartment block in the central city of Dnipro on Monday morning, killing at least five people, including a 7-year-old girl, and wounding 23 others, regional governor Serhiy Lysak said.

Rescuers were still searching the rubble in the afternoon. Lysak said the number of dead could rise.

Overnight, Russian drones struck the northeastern city of Kharkiv, killing one person and injuring four, Mayor Ihor Terekhov said.

In the southern city of Kherson, a 64-year-old woman wounded in Russian shelling on Saturday died of her wounds in hospital, bringing the toll from that attack to three, the regional administration said.

Ukraine's air force said it shot down 78 of 112 drones launched by Russia overnight."""
arts.append({"id": "pt-ukr", "url": None, "title": "Russian missile strike on Dnipro kills five, including a child",
             "published": "2025-03-10", "text": t3, "events": [
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2025-03-10", "day",
       loc("Dnipro", "the central city of Dnipro", "Dnipropetrovsk", "UA", 48.45, 34.98),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 5, 5, None, 23,
       "A Russian ballistic missile slammed into an apartment block in the central city of Dnipro on Monday morning, killing at least five people, including a 7-year-old girl, and wounding 23 others, regional governor Serhiy Lysak said."),
    ev("explosions_remote_violence", "air_drone_strike", "2025-03-10", "day",
       loc("Kharkiv", "the northeastern city of Kharkiv", "Kharkiv", "UA", 49.99, 36.23),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 1, injured=4,
       evidence="Overnight, Russian drones struck the northeastern city of Kharkiv, killing one person and injuring four, Mayor Ihor Terekhov said."),
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2025-03-08", "day",
       loc("Kherson", "the southern city of Kherson", "Kherson", "UA", 46.64, 32.61),
       "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", 3,
       evidence="In the southern city of Kherson, a 64-year-old woman wounded in Russian shelling on Saturday died of her wounds in hospital, bringing the toll from that attack to three, the regional administration said."),
    ev("strategic_developments", "disrupted_weapons_use", "2025-03-10", "day",
       loc("Kyiv", None, None, "UA", 50.45, 30.52, "country"),
       "Military Forces of Ukraine", "state_forces", "Military Forces of Russia", "state_forces",
       evidence="Ukraine's air force said it shot down 78 of 112 drones launched by Russia overnight."),
]})

# 4 Mexico: headline toll, "among them four teenagers", wounded told apart, an attacker also killed
t4 = """Gunmen kill 11 at birthday party in central Mexico

MEXICO CITY, Sept 15 (Reuters) - Gunmen burst into a birthday party in the city of Celaya in Guanajuato state late on Saturday and opened fire on the guests, killing 11 people, among them four teenagers, state prosecutors said on Sunday.

Eight other people were wounded and taken to hospital, where two of them were in critical condition, the prosecutors' office said.

Guanajuato has for years had the highest number of murders of any Mexican state as the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel fight over fuel theft and drug routes.

In a separate attack in nearby Salamanca on Sunday, armed men shot dead a municipal police officer at a checkpoint. One of the attackers was also killed in the exchange of fire, police said.

In June, gunmen killed 12 people at a street party in Irapuato."""
arts.append({"id": "pt-mex", "url": None, "title": "Gunmen kill 11 at birthday party in central Mexico",
             "published": "2025-09-15", "text": t4, "events": [
    ev("violence_against_civilians", "attack", "2025-09-13", "day",
       loc("Celaya", "the city of Celaya in Guanajuato state", "Guanajuato", "MX", 20.52, -100.81),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 11, injured=8,
       evidence="Gunmen burst into a birthday party in the city of Celaya in Guanajuato state late on Saturday and opened fire on the guests, killing 11 people, among them four teenagers, state prosecutors said on Sunday."),
    ev("battles", "armed_clash", "2025-09-14", "day",
       loc("Salamanca", "nearby Salamanca", "Guanajuato", "MX", 20.57, -101.19),
       "Unidentified Armed Group (Mexico)", "unknown", "Police Forces of Mexico", "state_forces", 2,
       evidence="In a separate attack in nearby Salamanca on Sunday, armed men shot dead a municipal police officer at a checkpoint."),
    ev("violence_against_civilians", "attack", "2025-06-15", "month",
       loc("Irapuato", "Irapuato", "Guanajuato", "MX", 20.68, -101.35),
       "Unidentified Armed Group (Mexico)", "unknown", "Civilians (Mexico)", "civilians", 12,
       evidence="In June, gunmen killed 12 people at a street party in Irapuato.", bg=True),
]})

# 5 Somalia: all sides' dead over two sentences, a claimed higher figure, the bomber told apart
t5 = """MOGADISHU, Nov 6 (Reuters) - Al Shabaab militants attacked a Somali army base near Mahaday in the Middle Shabelle region on Wednesday, sparking fighting that lasted several hours, officials said.

The army said its forces, backed by local clan militias, repulsed the assault and killed 17 militants. Six soldiers and four militiamen were also killed, a military commander, Major Hassan Abdi, told Reuters.

Al Shabaab, in a statement on its Andalus radio, claimed to have killed more than 30 soldiers.

In Mogadishu, a suicide bomber blew himself up outside a restaurant near Lido beach late on Wednesday, killing six people and wounding 10, police said. The bomber was also killed. Al Shabaab said it carried out the bombing.

Last month, a roadside bomb planted by the group killed four soldiers travelling in a convoy near Afgoye, the army said."""
arts.append({"id": "pt-som", "url": None, "title": None, "published": "2025-11-06", "text": t5, "events": [
    ev("battles", "armed_clash", "2025-11-05", "day",
       loc("Mahaddey Weyne", "near Mahaday in the Middle Shabelle region", "Middle Shabele", "SO", 2.97, 45.53),
       "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", 27,
       evidence="Al Shabaab militants attacked a Somali army base near Mahaday in the Middle Shabelle region on Wednesday, sparking fighting that lasted several hours, officials said."),
    ev("explosions_remote_violence", "suicide_bomb", "2025-11-05", "day",
       loc("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.04, 45.34),
       "Al Shabaab", "rebel_group", "Civilians (Somalia)", "civilians", 7, injured=10,
       evidence="In Mogadishu, a suicide bomber blew himself up outside a restaurant near Lido beach late on Wednesday, killing six people and wounding 10, police said."),
    ev("explosions_remote_violence", "remote_explosive_landmine_ied", "2025-10-15", "month",
       loc("Afgooye", "near Afgoye", "Lower Shabele", "SO", 2.14, 45.12),
       "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", 4,
       evidence="Last month, a roadside bomb planted by the group killed four soldiers travelling in a convoy near Afgoye, the army said.", bg=True),
]})

# 6 Myanmar: "dozens" then a figure, a higher second figure, one side's toll and "an unknown number"
t6 = """Myanmar air strike kills dozens in Sagaing village, resistance says

YANGON, Feb 3 (AP) - A Myanmar military jet bombed a village in Kanbalu township in the northwestern Sagaing region on Saturday, killing dozens of people, a local resistance group said.

A member of the village administration said at least 40 people were killed, including 12 children, and more than 50 were wounded. Another resident put the number of dead at 52.

State television said the air force had targeted a training camp of the People's Defence Force and did not mention civilian casualties.

On the same day, fighters of the Kachin Independence Army seized an army outpost near Bhamo in Kachin state after two days of fighting, the group said. Five of its fighters and an unknown number of soldiers were killed, it said."""
arts.append({"id": "pt-mmr", "url": None, "title": "Myanmar air strike kills dozens in Sagaing village, resistance says",
             "published": "2025-02-03", "text": t6, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2025-02-01", "day",
       loc("Kanbalu", "a village in Kanbalu township in the northwestern Sagaing region", "Sagaing", "MM", 23.20, 95.52, "region"),
       "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", 40, 40, 52, 50,
       "A Myanmar military jet bombed a village in Kanbalu township in the northwestern Sagaing region on Saturday, killing dozens of people, a local resistance group said."),
    ev("battles", "non_state_actor_overtakes_territory", "2025-02-01", "day",
       loc("Bhamo", "near Bhamo in Kachin state", "Kachin", "MM", 24.25, 97.23),
       "KIA: Kachin Independence Army", "rebel_group", "Military Forces of Myanmar", "state_forces", 5, 5,
       evidence="On the same day, fighters of the Kachin Independence Army seized an army outpost near Bhamo in Kachin state after two days of fighting, the group said."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-tolls.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
