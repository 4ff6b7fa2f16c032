"""Build probe-remote.jsonl: six own-written articles on explosions/remote violence, hand-coded."""
import json, pathlib

from probe_gold import ev, loc  # noqa: E402

ERV = "explosions_remote_violence"
SD = "strategic_developments"
arts = []

# ---- 1 Ukraine
t = """Russian drone hits Kherson market, killing three

KYIV, Nov 20 - A Russian drone hit a crowded market in the southern Ukrainian city of Kherson on Tuesday morning, killing three people and wounding 11 others, the regional governor said.

Oleksandr Prokudin, head of the regional military administration, said the drone dropped explosives on stalls near the central bus station shortly after 9 a.m. "People were simply buying bread," he wrote on Telegram.

Overnight, shells fired by Russian forces landed on a residential street in Nikopol, wounding a 62-year-old woman, local officials said. The town lies across the Dnipro river from the occupied Zaporizhzhia nuclear power plant.

Ukraine's air force said it had shot down 42 of the 68 drones launched by Russia overnight, mostly over the Kyiv, Sumy and Poltava regions.

Kherson, which Ukrainian troops recaptured in November 2022, is struck almost daily from Russian positions on the eastern bank. Last month a Russian guided aerial bomb struck a hospital in the city, killing two medics."""
e = [
 ev(ERV, "air_drone_strike", "2024-11-19", "day", loc("Kherson", "Kherson", "Kherson Oblast", "UA", 46.64, 32.61, "town"),
    "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", best=3, injured=11,
    evidence="A Russian drone hit a crowded market in the southern Ukrainian city of Kherson on Tuesday morning, killing three people and wounding 11 others, the regional governor said."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-11-20", "day", loc("Nikopol", "Nikopol", "Dnipropetrovsk Oblast", "UA", 47.57, 34.39, "town"),
    "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", injured=1,
    evidence="Overnight, shells fired by Russian forces landed on a residential street in Nikopol, wounding a 62-year-old woman, local officials said."),
 ev(SD, "disrupted_weapons_use", "2024-11-20", "day", loc("Ukraine", "the Kyiv, Sumy and Poltava regions", None, "UA", 50.45, 30.52, "country"),
    "Military Forces of Ukraine", "state_forces", "Military Forces of Russia", "state_forces",
    evidence="Ukraine's air force said it had shot down 42 of the 68 drones launched by Russia overnight, mostly over the Kyiv, Sumy and Poltava regions."),
 ev(ERV, "air_drone_strike", "2024-10-15", "month", loc("Kherson", "a hospital in the city", "Kherson Oblast", "UA", 46.64, 32.61, "town"),
    "Military Forces of Russia", "state_forces", "Civilians (Ukraine)", "civilians", best=2,
    evidence="Last month a Russian guided aerial bomb struck a hospital in the city, killing two medics.", bg=True),
]
arts.append(("pr-ua", "2024-11-20", t, e))

# ---- 2 Yemen
t = """Houthi missile strikes Marib mosque, 11 dead

MARIB, Yemen, Oct 4 - A ballistic missile fired by Houthi rebels struck a mosque and an adjoining religious school in Yemen's central province of Marib on Sunday, killing 11 people including a child, local officials said.

The missile slammed into the compound in Al Jubah district, south of Marib city, during evening prayers, a government official told reporters, adding that 20 others were wounded.

The Houthis did not immediately comment. The Iran-aligned group has been pressing an offensive on Marib, the government's last stronghold in the north, since February.

On Sunday night, warplanes of the Saudi-led coalition carried out a series of raids on Houthi positions in Sirwah district, west of the city, the coalition said in a statement, claiming that more than 60 rebels were killed. The figure could not be independently verified.

In a separate incident, two soldiers were killed on Saturday when their vehicle struck a landmine planted by the Houthis in Hays district of Hodeidah province, a military source said.

On Sept. 12, an explosives-laden drone launched by the Houthis crashed into a military parade in Lahj province, killing five soldiers."""
e = [
 ev(ERV, "shelling_artillery_missile_attack", "2021-10-03", "day", loc("Al Jubah District", "Al Jubah district, south of Marib city", "Ma'rib Governorate", "YE", 15.2, 45.3, "region"),
    "Houthi Movement", "rebel_group", "Civilians (Yemen)", "civilians", best=11, injured=20,
    evidence="A ballistic missile fired by Houthi rebels struck a mosque and an adjoining religious school in Yemen's central province of Marib on Sunday, killing 11 people including a child, local officials said."),
 ev(ERV, "air_drone_strike", "2021-10-03", "day", loc("Sirwah District", "Sirwah district, west of the city", "Ma'rib Governorate", "YE", 15.45, 45.02, "region"),
    "Saudi-led Coalition", "state_forces", "Houthi Movement", "rebel_group", best=60, low=60,
    evidence="On Sunday night, warplanes of the Saudi-led coalition carried out a series of raids on Houthi positions in Sirwah district, west of the city, the coalition said in a statement, claiming that more than 60 rebels were killed."),
 ev(ERV, "remote_explosive_landmine_ied", "2021-10-02", "day", loc("Hays District", "Hays district of Hodeidah province", "Al Hudaydah Governorate", "YE", 13.93, 43.48, "region"),
    "Houthi Movement", "rebel_group", "Military Forces of Yemen", "state_forces", best=2,
    evidence="In a separate incident, two soldiers were killed on Saturday when their vehicle struck a landmine planted by the Houthis in Hays district of Hodeidah province, a military source said."),
 ev(ERV, "air_drone_strike", "2021-09-12", "day", loc("Lahij Governorate", "Lahj province", "Lahij Governorate", "YE", 13.06, 44.88, "admin1"),
    "Houthi Movement", "rebel_group", "Military Forces of Yemen", "state_forces", best=5,
    evidence="On Sept. 12, an explosives-laden drone launched by the Houthis crashed into a military parade in Lahj province, killing five soldiers.", bg=True),
]
arts.append(("pr-ye", "2021-10-04", t, e))

# ---- 3 Somalia
t = """Suicide car bomb kills seven at Mogadishu checkpoint

MOGADISHU, March 15 - A suicide bomber drove an explosives-laden car into a checkpoint near the presidential palace in Mogadishu on Thursday, killing at least seven people, police said.

Police spokesman Abdifatah Adan Hassan said four soldiers and three civilians died in the blast and that 12 other people were wounded. Al Shabaab claimed responsibility in a statement carried by its Andalus radio.

Earlier on Thursday, a bomb planted on the roadside exploded as an African Union convoy passed near Afgoye, some 30 km north-west of the capital, witnesses said. There was no immediate word on casualties.

The U.S. Africa Command said it had conducted an airstrike on Wednesday against Al Shabaab fighters near Jilib in the Middle Juba region, killing three militants. It said no civilians were harmed.

The group, which is fighting to topple the federal government, frequently targets checkpoints and hotels in the capital. In January, its fighters fired mortars at the airport compound, wounding four people."""
e = [
 ev(ERV, "suicide_bomb", "2024-03-14", "day", loc("Mogadishu", "a checkpoint near the presidential palace in Mogadishu", "Banaadir", "SO", 2.04, 45.34, "town"),
    "Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces", best=7, low=7, injured=12,
    evidence="A suicide bomber drove an explosives-laden car into a checkpoint near the presidential palace in Mogadishu on Thursday, killing at least seven people, police said."),
 ev(ERV, "remote_explosive_landmine_ied", "2024-03-14", "day", loc("Afgooye", "near Afgoye", "Lower Shabeelle", "SO", 2.14, 45.12, "town"),
    "Unidentified Armed Group (Somalia)", "unknown", "ATMIS: African Union Transition Mission in Somalia", "external_other",
    evidence="Earlier on Thursday, a bomb planted on the roadside exploded as an African Union convoy passed near Afgoye, some 30 km north-west of the capital, witnesses said."),
 ev(ERV, "air_drone_strike", "2024-03-13", "day", loc("Jilib", "near Jilib in the Middle Juba region", "Middle Juba", "SO", 0.49, 42.78, "town"),
    "Military Forces of the United States", "state_forces", "Al Shabaab", "rebel_group", best=3,
    evidence="The U.S. Africa Command said it had conducted an airstrike on Wednesday against Al Shabaab fighters near Jilib in the Middle Juba region, killing three militants."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-01-15", "month", loc("Mogadishu", "the airport compound", "Banaadir", "SO", 2.04, 45.34, "town"),
    "Al Shabaab", "rebel_group", None, None, injured=4,
    evidence="In January, its fighters fired mortars at the airport compound, wounding four people.", bg=True),
]
arts.append(("pr-so", "2024-03-15", t, e))

# ---- 4 Myanmar
t = """Junta air strike on Sagaing village kills 17, residents say

A Myanmar military jet bombed a village in Kanbalu township in the Sagaing region on Monday, killing 17 civilians including five children, residents and a local resistance group said.

The aircraft dropped two bombs on a school and a monastery where displaced families had been sheltering, a member of the local People's Defence Force told reporters by phone. At least 25 people were wounded, he said.

The military did not respond to requests for comment. Junta spokesman Zaw Min Tun has previously said the armed forces only target "terrorists".

On Tuesday, one man was killed and two were injured when a landmine laid by junta troops exploded under a tractor carrying farmers near Mindat in Chin State, a local aid group said.

The Chinland Defense Force said its fighters had fired mortar rounds at an army camp in Falam on Sunday, killing four soldiers.

In April, an air strike on a gathering in Pazigyi village, also in Kanbalu township, killed more than 160 people, one of the deadliest attacks since the 2021 coup."""
e = [
 ev(ERV, "air_drone_strike", "2023-10-09", "day", loc("Kanbalu", "a village in Kanbalu township in the Sagaing region", "Sagaing Region", "MM", 23.2, 95.52, "region"),
    "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", best=17, injured=25,
    evidence="A Myanmar military jet bombed a village in Kanbalu township in the Sagaing region on Monday, killing 17 civilians including five children, residents and a local resistance group said."),
 ev(ERV, "remote_explosive_landmine_ied", "2023-10-10", "day", loc("Mindat", "near Mindat in Chin State", "Chin State", "MM", 21.37, 93.97, "town"),
    "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", best=1, injured=2,
    evidence="On Tuesday, one man was killed and two were injured when a landmine laid by junta troops exploded under a tractor carrying farmers near Mindat in Chin State, a local aid group said."),
 ev(ERV, "shelling_artillery_missile_attack", "2023-10-08", "day", loc("Falam", "an army camp in Falam", "Chin State", "MM", 22.91, 93.68, "town"),
    "CDF: Chinland Defense Force", "rebel_group", "Military Forces of Myanmar", "state_forces", best=4,
    evidence="The Chinland Defense Force said its fighters had fired mortar rounds at an army camp in Falam on Sunday, killing four soldiers."),
 ev(ERV, "air_drone_strike", "2023-04-15", "month", loc("Kanbalu", "Pazigyi village, also in Kanbalu township", "Sagaing Region", "MM", 23.2, 95.52, "region"),
    "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians", best=160, low=160,
    evidence="In April, an air strike on a gathering in Pazigyi village, also in Kanbalu township, killed more than 160 people, one of the deadliest attacks since the 2021 coup.", bg=True),
]
arts.append(("pr-mm", "2023-10-11", t, e))

# ---- 5 Pakistan
t = """Suicide bomber kills 9 at mosque in northwest Pakistan

PESHAWAR, Aug 27 - A suicide bomber blew himself up among worshippers at a mosque in the northwestern city of Kohat on Monday evening, killing nine people and wounding more than 30, police said.

The attacker detonated a vest packed with ball bearings near the main prayer hall as people gathered for evening prayers, district police chief Imran Khan said. The dead included the bomber and two police guards.

The Pakistani Taliban, or TTP, claimed responsibility in a message to journalists.

In Balochistan, unknown assailants hurled a hand grenade at a police station in Turbat late on Sunday, wounding three policemen, officials said. No group has said it carried out that attack.

Militant violence has surged in Khyber Pakhtunkhwa and Balochistan since the Taliban returned to power in neighbouring Afghanistan. On March 26, a suicide bomber rammed an explosives-packed car into a convoy near Besham, killing five Chinese engineers and their Pakistani driver."""
e = [
 ev(ERV, "suicide_bomb", "2024-08-26", "day", loc("Kohat", "a mosque in the northwestern city of Kohat", "Khyber Pakhtunkhwa", "PK", 33.58, 71.44, "town"),
    "TTP: Tehrik-i-Taliban Pakistan", "rebel_group", "Civilians (Pakistan)", "civilians", best=9, injured=30,
    evidence="A suicide bomber blew himself up among worshippers at a mosque in the northwestern city of Kohat on Monday evening, killing nine people and wounding more than 30, police said."),
 ev(ERV, "grenade", "2024-08-25", "day", loc("Turbat", "a police station in Turbat", "Balochistan", "PK", 26.0, 63.05, "town"),
    "Unidentified Armed Group (Pakistan)", "unknown", "Police Forces of Pakistan", "state_forces", injured=3,
    evidence="In Balochistan, unknown assailants hurled a hand grenade at a police station in Turbat late on Sunday, wounding three policemen, officials said."),
 ev(ERV, "suicide_bomb", "2024-03-26", "day", loc("Besham", "near Besham", "Khyber Pakhtunkhwa", "PK", 34.93, 72.88, "town"),
    "Unidentified Armed Group (Pakistan)", "unknown", "Civilians (China)", "civilians", best=6,
    evidence="On March 26, a suicide bomber rammed an explosives-packed car into a convoy near Besham, killing five Chinese engineers and their Pakistani driver.", bg=True),
]
arts.append(("pr-pk", "2024-08-27", t, e))

# ---- 6 Mali
t = """Drone strike on Mali market kills 13 civilians, locals say

BAMAKO, March 19 - A drone operated by the Malian army struck a weekly market in the Gao region on Sunday, killing at least 13 civilians, among them seven children, local officials and a rights group said.

Witnesses said the drone fired two munitions at traders gathered near a fuel depot at the edge of the village of Amasrakad. The army said in a statement it had "neutralised terrorists" in the area but gave no figures.

On Monday, four soldiers were killed when an improvised explosive device went off under their vehicle as a convoy travelled between Douentza and Boni, in central Mali, the armed forces said, blaming "terrorists" for the blast.

Mali's junta, which has cut ties with France and turned to Russian military instructors, has stepped up drone strikes in the north and centre of the country since last year.

In February, JNIM fighters shelled the airport in Timbuktu, damaging a passenger plane; nobody was hurt, according to the regional government."""
e = [
 ev(ERV, "air_drone_strike", "2024-03-17", "day", loc("Gao", "the village of Amasrakad", "Gao Region", "ML", 16.27, -0.04, "region"),
    "Military Forces of Mali", "state_forces", "Civilians (Mali)", "civilians", best=13, low=13,
    evidence="A drone operated by the Malian army struck a weekly market in the Gao region on Sunday, killing at least 13 civilians, among them seven children, local officials and a rights group said."),
 ev(ERV, "remote_explosive_landmine_ied", "2024-03-18", "day", loc("Boni", "between Douentza and Boni", "Mopti Region", "ML", 15.07, -2.2, "region"),
    "Unidentified jihadist group (Mali)", "rebel_group", "Military Forces of Mali", "state_forces", best=4,
    evidence="On Monday, four soldiers were killed when an improvised explosive device went off under their vehicle as a convoy travelled between Douentza and Boni, in central Mali, the armed forces said, blaming \"terrorists\" for the blast."),
 ev(ERV, "shelling_artillery_missile_attack", "2024-02-15", "month", loc("Timbuktu", "the airport in Timbuktu", "Tombouctou Region", "ML", 16.77, -3.0, "town"),
    "JNIM: Group for Support of Islam and Muslims", "rebel_group", None, None, best=0,
    evidence="In February, JNIM fighters shelled the airport in Timbuktu, damaging a passenger plane; nobody was hurt, according to the regional government.", bg=True),
]
arts.append(("pr-ml", "2024-03-19", t, e))

out = pathlib.Path(__file__).with_name("probe-remote.jsonl")
with out.open("w") as f:
    for i, pub, text, events in arts:
        for x in events:
            assert x["evidence"] in text, (i, x["evidence"][:40])
        f.write(json.dumps({"id": i, "url": None, "title": text.split("\n")[0], "published": pub,
                            "text": text, "events": events}) + "\n")
print(out)
