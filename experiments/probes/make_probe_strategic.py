"""Builds probe-strategic.jsonl: own-written articles on strategic developments (arrests, looting,
signed deals, defused bombs and seized caches, bases, handovers) next to threats, accusations,
warnings and ceasefires named in passing, which are not events (not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402

SD = "strategic_developments"
arts = []

# 1 Sudan: a market looted with no one hurt, arrests of suspected collaborators, a warning that an
# attack is being prepared, shelling "despite a truce" (the truce itself is no event)
t1 = """Paramilitaries loot market in Sudanese town, residents say

EL OBEID, Sudan, Aug 14 (Reuters) - Fighters of the paramilitary Rapid Support Forces ransacked the main market of Umm Ruwaba in North Kordofan on Wednesday, carting away sacks of sorghum, fuel drums and mobile phones, residents said. Nobody was hurt, according to a trader who later reached El Obeid.

The army said the RSF was massing fighters and vehicles near Bara and was preparing an assault on El Obeid, the state capital, and urged residents not to travel at night.

State security officials said police in El Obeid had detained 12 people on Tuesday on suspicion of passing information to the paramilitaries. Lawyers said several of them were street vendors.

Despite a humanitarian truce that both sides say they accept, RSF artillery pounded the western outskirts of El Fasher on Wednesday, killing three people, the local resistance committee said.

The war between the army and the RSF, now in its third year, has driven millions from their homes."""
arts.append({"id": "probe-strategic-1", "url": None,
             "title": "Paramilitaries loot market in Sudanese town, residents say",
             "published": "2025-08-14", "text": t1, "events": [
    ev(SD, "looting_property_destruction", "2025-08-13", "day",
       loc("Umm Ruwaba", "Umm Ruwaba in North Kordofan", "North Kordofan", "SD", 12.91, 31.22),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians",
       evidence="Fighters of the paramilitary Rapid Support Forces ransacked the main market of Umm Ruwaba in North Kordofan on Wednesday, carting away sacks of sorghum, fuel drums and mobile phones, residents said."),
    ev(SD, "arrests", "2025-08-12", "day",
       loc("El Obeid", "El Obeid", "North Kordofan", "SD", 13.18, 30.22),
       "Police Forces of Sudan", "state_forces", "Civilians (Sudan)", "civilians",
       evidence="State security officials said police in El Obeid had detained 12 people on Tuesday on suspicion of passing information to the paramilitaries."),
    ev("explosions_remote_violence", "shelling_artillery_missile_attack", "2025-08-13", "day",
       loc("El Fasher", "the western outskirts of El Fasher", "North Darfur", "SD", 13.63, 25.35),
       "RSF: Rapid Support Forces", "rebel_group", "Civilians (Sudan)", "civilians", 3,
       evidence="Despite a humanitarian truce that both sides say they accept, RSF artillery pounded the western outskirts of El Fasher on Wednesday, killing three people, the local resistance committee said."),
]})

# 2 Myanmar: a town handed over without a fight, a base set up there, arrests of opposition
# politicians, a junta warning
t2 = """Kachin rebels move into Myanmar river town after army pulls out

Myanmar's Kachin Independence Army (KIA) took over the Irrawaddy river town of Shwegu on Monday after junta troops abandoned their positions overnight without a fight, a spokesman for the ethnic armed group said on Thursday.

"The soldiers left by boat before dawn. Our troops walked in and not a single shot was fired," Colonel Naw Bu told reporters by phone.

On Wednesday the KIA set up a base in the compound of the town's former police station, he said, and residents had begun reopening shops.

In Mandalay, soldiers on Tuesday arrested a former National League for Democracy lawmaker and two of his aides, accusing them of funding resistance fighters, a relative said.

The military council warned in a statement read on state television that anyone who helps "terrorist groups" would face severe punishment, and said it would retake every lost town.

Myanmar has been in turmoil since the army seized power in a coup in February 2021."""
arts.append({"id": "probe-strategic-2", "url": None,
             "title": "Kachin rebels move into Myanmar river town after army pulls out",
             "published": "2025-03-20", "text": t2, "events": [
    ev(SD, "non_violent_transfer_of_territory", "2025-03-17", "day",
       loc("Shwegu", "the Irrawaddy river town of Shwegu", "Kachin", "MM", 24.23, 96.79),
       "KIA: Kachin Independence Army", "rebel_group", "Military Forces of Myanmar", "state_forces",
       evidence="Myanmar's Kachin Independence Army (KIA) took over the Irrawaddy river town of Shwegu on Monday after junta troops abandoned their positions overnight without a fight, a spokesman for the ethnic armed group said on Thursday."),
    ev(SD, "headquarters_or_base_established", "2025-03-19", "day",
       loc("Shwegu", "the town's former police station", "Kachin", "MM", 24.23, 96.79),
       "KIA: Kachin Independence Army", "rebel_group", None, None,
       evidence="On Wednesday the KIA set up a base in the compound of the town's former police station, he said, and residents had begun reopening shops."),
    ev(SD, "arrests", "2025-03-18", "day",
       loc("Mandalay", "Mandalay", "Mandalay", "MM", 21.97, 96.08),
       "Military Forces of Myanmar", "state_forces", "Civilians (Myanmar)", "civilians",
       evidence="In Mandalay, soldiers on Tuesday arrested a former National League for Democracy lawmaker and two of his aides, accusing them of funding resistance fighters, a relative said."),
    ev(SD, "other", "2021-02-15", "month",
       loc("Myanmar", "Myanmar", None, "MM", 19.75, 96.13, "country"),
       "Military Forces of Myanmar", "state_forces", "Government of Myanmar (2016-2021)", "state_forces",
       evidence="Myanmar has been in turmoil since the army seized power in a coup in February 2021.", bg=True),
]})

# 3 Colombia: a car bomb defused, an arms cache found, an arrest, a deal signed with a small
# armed group, a governor's warning
t3 = """Colombian army defuses car bomb near police station in Catatumbo

CUCUTA, Colombia (AP) - Army explosives experts defused a car bomb loaded with about 40 kilograms of explosives that had been left outside the police station in Tibu on Saturday, the Defense Ministry said, blaming dissidents of the former FARC guerrilla group.

Residents were evacuated from four blocks around the station while the device was made safe. No one was hurt.

A day earlier, troops came across a hidden arms dump in a rural area of El Tarra containing 30 rifles, grenades and some 2,000 rounds of ammunition, which the army said belonged to the National Liberation Army (ELN).

Police in Ocana on Sunday captured a man they described as a mid-level ELN commander wanted for extortion and the killing of two soldiers.

Norte de Santander Governor William Villamizar said armed groups were planning more attacks on the security forces and asked the national government for reinforcements.

Elsewhere, the government and the small Comuneros del Sur group signed an agreement in Pasto on Friday under which the fighters will begin handing in their weapons, officials said."""
arts.append({"id": "probe-strategic-3", "url": None,
             "title": "Colombian army defuses car bomb near police station in Catatumbo",
             "published": "2025-09-08", "text": t3, "events": [
    ev(SD, "disrupted_weapons_use", "2025-09-06", "day",
       loc("Tibu", "Tibu", "Norte de Santander", "CO", 8.64, -72.74),
       "Military Forces of Colombia", "state_forces", "FARC Dissidents", "rebel_group",
       evidence="Army explosives experts defused a car bomb loaded with about 40 kilograms of explosives that had been left outside the police station in Tibu on Saturday, the Defense Ministry said, blaming dissidents of the former FARC guerrilla group."),
    ev(SD, "disrupted_weapons_use", "2025-09-05", "day",
       loc("El Tarra", "a rural area of El Tarra", "Norte de Santander", "CO", 8.58, -73.10, "region"),
       "Military Forces of Colombia", "state_forces", "ELN: National Liberation Army", "rebel_group",
       evidence="A day earlier, troops came across a hidden arms dump in a rural area of El Tarra containing 30 rifles, grenades and some 2,000 rounds of ammunition, which the army said belonged to the National Liberation Army (ELN)."),
    ev(SD, "arrests", "2025-09-07", "day",
       loc("Ocana", "Ocana", "Norte de Santander", "CO", 8.24, -73.36),
       "Police Forces of Colombia", "state_forces", "ELN: National Liberation Army", "rebel_group",
       evidence="Police in Ocana on Sunday captured a man they described as a mid-level ELN commander wanted for extortion and the killing of two soldiers."),
    ev(SD, "agreement", "2025-09-05", "day",
       loc("Pasto", "Pasto", "Narino", "CO", 1.21, -77.28),
       "Government of Colombia", "state_forces", "Comuneros del Sur", "rebel_group",
       evidence="Elsewhere, the government and the small Comuneros del Sur group signed an agreement in Pasto on Friday under which the fighters will begin handing in their weapons, officials said."),
]})

# 4 Lebanon: a strike and house demolitions while a ceasefire is named only in passing, an
# accusation that the other side is preparing attacks
t4 = """Israeli strike kills two in south Lebanon as troops demolish border homes

BEIRUT, April 16 (AFP) - An Israeli drone strike on a motorcycle in Bint Jbeil killed two men on Tuesday, Lebanon's health ministry said, in the latest attack despite a ceasefire between Israel and Hezbollah.

The Israeli military said the two were Hezbollah operatives who had been trying to rebuild the group's infrastructure in the area.

Israeli troops also blew up several houses in the border village of Kfar Kila on Monday night, the state-run National News Agency reported, adding that the army had used explosives to level a row of buildings near the village square.

An Israeli army spokesman accused Hezbollah of preparing attacks on northern Israel and warned that the military would act "with force" against any threat.

Hezbollah lawmaker Hassan Fadlallah accused Israel of violating Lebanese sovereignty daily and called on the United States and France to press it to withdraw from five hilltop positions it still holds."""
arts.append({"id": "probe-strategic-4", "url": None,
             "title": "Israeli strike kills two in south Lebanon as troops demolish border homes",
             "published": "2025-04-16", "text": t4, "events": [
    ev("explosions_remote_violence", "air_drone_strike", "2025-04-15", "day",
       loc("Bint Jbeil", "Bint Jbeil", "Nabatieh", "LB", 33.12, 35.43),
       "Military Forces of Israel", "state_forces", "Hezbollah", "rebel_group", 2,
       evidence="An Israeli drone strike on a motorcycle in Bint Jbeil killed two men on Tuesday, Lebanon's health ministry said, in the latest attack despite a ceasefire between Israel and Hezbollah."),
    ev(SD, "looting_property_destruction", "2025-04-14", "day",
       loc("Kfar Kila", "the border village of Kfar Kila", "Nabatieh", "LB", 33.28, 35.57),
       "Military Forces of Israel", "state_forces", "Civilians (Lebanon)", "civilians",
       evidence="Israeli troops also blew up several houses in the border village of Kfar Kila on Monday night, the state-run National News Agency reported, adding that the army had used explosives to level a row of buildings near the village square."),
]})

# 5 Somalia: a town entered without a fight after the militants left, arrests, a clan peace deal
# signed, a militant threat
t5 = """Somali troops enter El Bur after al-Shabaab withdrawal

MOGADISHU, Oct 11 - Somali government forces entered the town of El Bur in Galgaduud region on Friday morning without firing a shot, hours after al-Shabaab fighters pulled out overnight, a regional official said.

"The militants left with their vehicles during the night and our forces took control at dawn," said Ahmed Hussein, a Galmudug state security official.

The National Intelligence and Security Agency (NISA) said its officers had arrested five suspected al-Shabaab members in Mogadishu's Hodan district on Thursday, accusing them of collecting "taxes" from traders for the group.

In Dhusamareb, elders of two rival clans whose militias have fought over grazing land signed a peace agreement on Wednesday, Galmudug officials said.

Al-Shabaab, in a statement on a website linked to the group, threatened to punish anyone who cooperates with the government in El Bur."""
arts.append({"id": "probe-strategic-5", "url": None,
             "title": "Somali troops enter El Bur after al-Shabaab withdrawal",
             "published": "2025-10-11", "text": t5, "events": [
    ev(SD, "non_violent_transfer_of_territory", "2025-10-10", "day",
       loc("El Bur", "the town of El Bur in Galgaduud region", "Galguduud", "SO", 4.68, 46.62),
       "Military Forces of Somalia", "state_forces", "Al Shabaab", "rebel_group",
       evidence="Somali government forces entered the town of El Bur in Galgaduud region on Friday morning without firing a shot, hours after al-Shabaab fighters pulled out overnight, a regional official said."),
    ev(SD, "arrests", "2025-10-09", "day",
       loc("Mogadishu", "Mogadishu's Hodan district", "Banaadir", "SO", 2.04, 45.34),
       "NISA: National Intelligence and Security Agency", "state_forces", "Al Shabaab", "rebel_group",
       evidence="The National Intelligence and Security Agency (NISA) said its officers had arrested five suspected al-Shabaab members in Mogadishu's Hodan district on Thursday, accusing them of collecting \"taxes\" from traders for the group."),
    ev(SD, "agreement", "2025-10-08", "day",
       loc("Dhusamareb", "Dhusamareb", "Galguduud", "SO", 5.54, 46.39),
       "Clan Militia (Somalia)", "identity_militia", "Clan Militia (Somalia)", "identity_militia",
       evidence="In Dhusamareb, elders of two rival clans whose militias have fought over grazing land signed a peace agreement on Wednesday, Galmudug officials said."),
]})

# 6 DR Congo: a health centre looted and burned with no one hurt, an officer arrested, a rebel camp
# set up, an accusation of a coming offensive
t6 = """Militia loots and burns health centre in Congo's Ituri

BUNIA, Democratic Republic of Congo, June 24 - CODECO militiamen looted a health centre in Djugu territory on Sunday, stealing medicines and mattresses before setting the building on fire, a local civil society leader said. Staff and patients had fled before the attackers arrived.

In Bunia, military prosecutors on Monday arrested an army colonel accused of selling weapons and ammunition to armed groups in the province, a military justice spokesman said.

In North Kivu, residents of Masisi territory said M23 rebels had established a new military camp on a hill overlooking the Kitchanga road last week and were recruiting young men.

Congo's army spokesman accused Rwanda of preparing a fresh offensive alongside the M23 and said troops were on high alert. Kigali denies backing the rebels.

The M23 and the government signed a declaration of principles in Doha earlier this year, but fighting has continued in several areas."""
arts.append({"id": "probe-strategic-6", "url": None,
             "title": "Militia loots and burns health centre in Congo's Ituri",
             "published": "2025-06-24", "text": t6, "events": [
    ev(SD, "looting_property_destruction", "2025-06-22", "day",
       loc("Djugu", "Djugu territory", "Ituri", "CD", 1.92, 30.50, "region"),
       "CODECO: Cooperative for Development of the Congo", "identity_militia", "Civilians (Democratic Republic of Congo)", "civilians",
       evidence="CODECO militiamen looted a health centre in Djugu territory on Sunday, stealing medicines and mattresses before setting the building on fire, a local civil society leader said."),
    ev(SD, "arrests", "2025-06-23", "day",
       loc("Bunia", "Bunia", "Ituri", "CD", 1.56, 30.25),
       "Military Forces of the Democratic Republic of Congo", "state_forces",
       "Military Forces of the Democratic Republic of Congo", "state_forces",
       evidence="In Bunia, military prosecutors on Monday arrested an army colonel accused of selling weapons and ammunition to armed groups in the province, a military justice spokesman said."),
    ev(SD, "headquarters_or_base_established", "2025-06-19", "week",
       loc("Masisi", "Masisi territory", "North Kivu", "CD", -1.40, 28.81, "region"),
       "M23: March 23 Movement", "rebel_group", None, None,
       evidence="In North Kivu, residents of Masisi territory said M23 rebels had established a new military camp on a hill overlooking the Kitchanga road last week and were recruiting young men."),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"][:60])

out = Path(__file__).with_name("probe-strategic.jsonl")
with out.open("w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(out, len(arts), sum(len(a["events"]) for a in arts))
