"""Builds probe-ukraine.jsonl: own-written daily war reports on Russia and Ukraine (overnight tallies, cross-border drones, claimed villages, swaps, treason arrests; not dev text)."""
import json
from pathlib import Path


from probe_gold import ev, loc  # noqa: E402


arts = []
BAT, ERV, SD = "battles", "explosions_remote_violence", "strategic_developments"
RU, UA = "Military Forces of Russia", "Military Forces of Ukraine"
CUA, CRU = "Civilians (Ukraine)", "Civilians (Russia)"
SF, CIV = "state_forces", "civilians"
UA_C = dict(name="Ukraine", admin1=None, country="UA", lat=50.45, lon=30.52, precision="country")
RU_C = dict(name="Russia", admin1=None, country="RU", lat=55.75, lon=37.62, precision="country")


def cloc(base, mention, note):
    d = dict(base, mention=mention)
    d["coords_note"] = note
    return d


# 1 Reuters: overnight drones on Kharkiv, missile on Odesa port, air force tally, Kherson shelling, Sumy recalled
t1 = """Russian drones hit Kharkiv overnight, two killed; missile strikes Odesa port

KYIV, May 14 (Reuters) - Russia pounded Ukraine's second-largest city Kharkiv with attack drones overnight, killing two people and wounding 17, including a child, regional governor Oleh Syniehubov said on Wednesday.

At least six drones struck the city's Kyivskyi and Saltivskyi districts, setting fire to a supermarket and damaging several apartment blocks, Syniehubov wrote on Telegram. Rescuers pulled a woman from the rubble of a two-storey house.

In the southern port city of Odesa, a ballistic missile hit port infrastructure shortly before dawn, injuring three dock workers and damaging a grain warehouse, governor Oleh Kiper said.

Ukraine's air force said its units had shot down 58 of the 84 drones and two of the four missiles Russia launched during the night. Another 19 drones were "locally lost", a phrase the military uses for drones diverted by electronic jamming.

Russian artillery also shelled the city of Kherson on Tuesday afternoon, killing a 64-year-old man who was waiting at a bus stop in the Dniprovskyi district, regional governor Oleksandr Prokudin said.

Russia's defence ministry, which did not comment on the strikes, said it had hit "military-industrial facilities" in Kharkiv with precision weapons. Moscow denies targeting civilians.

The attacks come as Kyiv and its Western allies push for a 30-day ceasefire, which the Kremlin has so far resisted. Russian strikes on Ukrainian cities have intensified this spring; a ballistic missile strike on the centre of Sumy on April 13 killed 35 people as residents gathered for Palm Sunday.

(Reporting by Olena Harmash; Editing by Mark Heinrich)"""
arts.append({"id": "probe-ukraine-1", "url": None, "title": "Russian drones hit Kharkiv overnight, two killed; missile strikes Odesa port",
             "published": "2025-05-14", "text": t1, "events": [
    ev(ERV, "air_drone_strike", "2025-05-14", "day",
       loc("Kharkiv", "Ukraine's second-largest city Kharkiv", "Kharkiv Oblast", "UA", 49.98, 36.25),
       RU, SF, CUA, CIV, 2, injured=17,
       evidence="KYIV, May 14 (Reuters) - Russia pounded Ukraine's second-largest city Kharkiv with attack drones overnight, killing two people and wounding 17, including a child, regional governor Oleh Syniehubov said on Wednesday."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-05-14", "day",
       loc("Odesa", "the southern port city of Odesa", "Odesa Oblast", "UA", 46.48, 30.73),
       RU, SF, CUA, CIV, injured=3,
       evidence="In the southern port city of Odesa, a ballistic missile hit port infrastructure shortly before dawn, injuring three dock workers and damaging a grain warehouse, governor Oleh Kiper said."),
    ev(SD, "disrupted_weapons_use", "2025-05-14", "day", dict(UA_C, mention=None),
       UA, SF, RU, SF,
       evidence="Ukraine's air force said its units had shot down 58 of the 84 drones and two of the four missiles Russia launched during the night."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-05-13", "day",
       loc("Kherson", "the city of Kherson", "Kherson Oblast", "UA", 46.64, 32.61),
       RU, SF, CUA, CIV, 1,
       evidence="Russian artillery also shelled the city of Kherson on Tuesday afternoon, killing a 64-year-old man who was waiting at a bus stop in the Dniprovskyi district, regional governor Oleksandr Prokudin said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-04-13", "day",
       loc("Sumy", "the centre of Sumy", "Sumy Oblast", "UA", 50.91, 34.80),
       RU, SF, CUA, CIV, 35,
       evidence="Russian strikes on Ukrainian cities have intensified this spring; a ballistic missile strike on the centre of Sumy on April 13 killed 35 people as residents gathered for Palm Sunday.", bg=True),
]})

# 2 AP: Ukrainian drones on Russian regions: MoD tally, refinery fire, Belgorod minibus, Kursk shelling, Sudzha recalled
t2 = """Ukrainian drones set Russian refinery ablaze; driver killed in Belgorod region

MOSCOW (AP) — Ukrainian drones struck an oil refinery in Russia's Samara region overnight, sparking a fire that burned for several hours, the regional governor said Monday, as Kyiv pressed on with long-range attacks on Russia's energy industry.

Falling debris ignited a blaze at the refinery in the city of Syzran, Gov. Vyacheslav Fedorishchev said on Telegram. No one was hurt, he said, and firefighters had put out the flames by morning.

Russia's Defense Ministry said air defenses destroyed 46 Ukrainian drones overnight over the Belgorod, Kursk, Bryansk and Voronezh regions and the Samara region. It did not mention the refinery.

In the Belgorod region, which borders Ukraine, a Ukrainian drone hit a minibus on the outskirts of the town of Shebekino on Sunday, killing the driver and wounding two passengers, Gov. Vyacheslav Gladkov said. Gladkov said the region's villages had come under fire more than 80 times over the weekend.

Ukrainian forces also shelled the town of Rylsk in the neighboring Kursk region on Sunday, wounding a woman and damaging a school and a gas pipeline, acting Gov. Alexander Khinshtein said.

Ukraine rarely comments on specific attacks inside Russia, but officials in Kyiv say refineries, fuel depots and airfields that serve Moscow's war effort are legitimate targets. Ukraine's General Staff said only that it had hit "facilities involved in supplying the Russian army."

Fighting in the Kursk region has quieted since the spring, when Russian troops pushed Ukrainian forces out of most of the territory they had seized in a surprise incursion last year. Russia said on March 13 that its troops had retaken the town of Sudzha, the largest settlement Ukraine had held."""
arts.append({"id": "probe-ukraine-2", "url": None, "title": "Ukrainian drones set Russian refinery ablaze; driver killed in Belgorod region",
             "published": "2025-08-18", "text": t2, "events": [
    ev(ERV, "air_drone_strike", "2025-08-18", "day",
       loc("Syzran", "the city of Syzran", "Samara Oblast", "RU", 53.16, 48.47),
       UA, SF, None, None, 0, injured=0,
       evidence="Falling debris ignited a blaze at the refinery in the city of Syzran, Gov. Vyacheslav Fedorishchev said on Telegram."),
    ev(SD, "disrupted_weapons_use", "2025-08-18", "day",
       cloc(RU_C, "the Belgorod, Kursk, Bryansk and Voronezh regions and the Samara region", "several regions; country level, coordinates of Moscow"),
       RU, SF, UA, SF,
       evidence="Russia's Defense Ministry said air defenses destroyed 46 Ukrainian drones overnight over the Belgorod, Kursk, Bryansk and Voronezh regions and the Samara region."),
    ev(ERV, "air_drone_strike", "2025-08-17", "day",
       loc("Shebekino", "the outskirts of the town of Shebekino", "Belgorod Oblast", "RU", 50.41, 36.90),
       UA, SF, CRU, CIV, 1, injured=2,
       evidence="In the Belgorod region, which borders Ukraine, a Ukrainian drone hit a minibus on the outskirts of the town of Shebekino on Sunday, killing the driver and wounding two passengers, Gov. Vyacheslav Gladkov said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-08-17", "day",
       loc("Rylsk", "the town of Rylsk", "Kursk Oblast", "RU", 51.57, 34.68),
       UA, SF, CRU, CIV, injured=1,
       evidence="Ukrainian forces also shelled the town of Rylsk in the neighboring Kursk region on Sunday, wounding a woman and damaging a school and a gas pipeline, acting Gov. Alexander Khinshtein said."),
    ev(BAT, "government_regains_territory", "2025-03-13", "day",
       loc("Sudzha", "the town of Sudzha", "Kursk Oblast", "RU", 51.19, 35.27),
       RU, SF, UA, SF,
       evidence="Russia said on March 13 that its troops had retaken the town of Sudzha, the largest settlement Ukraine had held.", bg=True),
]})

# 3 Russian defence ministry statement retold: two villages claimed, Ukrainian General Staff's tally, glide bomb on Kostiantynivka
t3 = """Russia says it captured two more villages in Donetsk, Zaporizhzhia regions

July 9 - Russian forces have taken control of the village of Novoekonomichne in Ukraine's Donetsk region and of Kamianske in the Zaporizhzhia region, Russia's Defence Ministry said on Wednesday.

In its daily statement, the ministry said units of the "Centre" group of forces had "liberated" Novoekonomichne, northeast of the logistics hub of Pokrovsk, after "decisive actions", while the "Dnepr" group had driven Ukrainian troops out of Kamianske, a village on the southern bank of the former Kakhovka reservoir.

The ministry said Ukraine had lost up to 1,300 servicemen along the whole front over the past 24 hours, a figure that could not be independently verified. It gave no figure for its own losses.

Ukraine's General Staff did not confirm the loss of either village. In its evening report, it said its troops had repelled 42 Russian assaults in the Pokrovsk direction on Wednesday, the most intense sector of the front, and that fighting continued near Novoekonomichne and Rodynske.

Ukrainian military bloggers said Russian infantry had been filtering into the village in small groups for weeks.

Behind the front line, a Russian guided aerial bomb struck the centre of Kostiantynivka on Tuesday, killing three civilians and wounding eight, Donetsk regional governor Vadym Filashkin said. The bomb destroyed a pharmacy and damaged a market, he said.

Russia has been advancing slowly in Donetsk since it captured the town of Avdiivka in February 2024, at a heavy cost in men and armour, according to Western military analysts. Moscow claims to have annexed the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, although it does not fully control any of them."""
arts.append({"id": "probe-ukraine-3", "url": None, "title": "Russia says it captured two more villages in Donetsk, Zaporizhzhia regions",
             "published": "2025-07-09", "text": t3, "events": [
    ev(BAT, "government_regains_territory", "2025-07-09", "week",
       loc("Novoekonomichne", "the village of Novoekonomichne", "Donetsk Oblast", "UA", 48.35, 37.33, "region")
       | {"coords_note": "approximate position of the village, northeast of Pokrovsk"},
       RU, SF, UA, SF,
       evidence="July 9 - Russian forces have taken control of the village of Novoekonomichne in Ukraine's Donetsk region and of Kamianske in the Zaporizhzhia region, Russia's Defence Ministry said on Wednesday."),
    ev(BAT, "government_regains_territory", "2025-07-09", "week",
       loc("Kamianske", "Kamianske in the Zaporizhzhia region", "Zaporizhzhia Oblast", "UA", 47.44, 35.28, "region")
       | {"coords_note": "village near Vasylivka; coordinates of Vasylivka"},
       RU, SF, UA, SF,
       evidence="July 9 - Russian forces have taken control of the village of Novoekonomichne in Ukraine's Donetsk region and of Kamianske in the Zaporizhzhia region, Russia's Defence Ministry said on Wednesday."),
    ev(BAT, "armed_clash", "2025-07-09", "day",
       loc("Pokrovsk", "the Pokrovsk direction", "Donetsk Oblast", "UA", 48.28, 37.18, "region"),
       UA, SF, RU, SF,
       evidence="In its evening report, it said its troops had repelled 42 Russian assaults in the Pokrovsk direction on Wednesday, the most intense sector of the front, and that fighting continued near Novoekonomichne and Rodynske."),
    ev(ERV, "air_drone_strike", "2025-07-08", "day",
       loc("Kostiantynivka", "the centre of Kostiantynivka", "Donetsk Oblast", "UA", 48.53, 37.71),
       RU, SF, CUA, CIV, 3, injured=8,
       evidence="Behind the front line, a Russian guided aerial bomb struck the centre of Kostiantynivka on Tuesday, killing three civilians and wounding eight, Donetsk regional governor Vadym Filashkin said."),
    ev(BAT, "government_regains_territory", "2024-02-15", "month",
       loc("Avdiivka", "the town of Avdiivka", "Donetsk Oblast", "UA", 48.14, 37.75),
       RU, SF, UA, SF,
       evidence="Russia has been advancing slowly in Donetsk since it captured the town of Avdiivka in February 2024, at a heavy cost in men and armour, according to Western military analysts.", bg=True),
]})

# 4 Kyiv Independent-like: POW swap, two SBU treason/sabotage arrests, HUR rail sabotage in Bryansk, earlier swap recalled
t4 = """Ukraine brings home 185 soldiers in latest prisoner swap with Russia

Ukraine and Russia exchanged 185 prisoners of war each on Oct. 2, President Volodymyr Zelensky announced, the first swap in more than a month.

"Our people are home," Zelensky wrote on social media, posting photos of the freed soldiers wrapped in blue-and-yellow flags at the border with Belarus. Among them were defenders of Mariupol and National Guard troops captured in the Kharkiv region, he said.

The United Arab Emirates, which has mediated many of the exchanges, said it had helped arrange the swap. Russia's Defense Ministry confirmed it had received 185 of its servicemen, who were taken to Belarus for medical checks.

The previous exchange, on Aug. 24, returned 146 Ukrainian soldiers and eight civilians.

Meanwhile, the Security Service of Ukraine (SBU) said it had detained a 27-year-old man in Odesa on Sept. 30 on suspicion of setting fire to railway relay cabinets on the orders of Russian intelligence. According to the SBU, he was recruited through a Telegram channel offering "easy money" and was paid $200 for each arson.

A day later, SBU officers detained a woman in Dnipro who allegedly passed the coordinates of air defense positions to Russia's FSB, the agency said. She faces life imprisonment on treason charges.

Ukraine's military intelligence agency (HUR), for its part, claimed its agents had blown up a section of railway track near the town of Unecha in Russia's Bryansk Oblast on Sept. 29, derailing a freight train carrying fuel for Russian troops. Nobody was injured, according to the agency. Russian officials blamed the derailment on "unlawful interference" but gave no details.

The Kyiv Independent could not verify the claim."""
arts.append({"id": "probe-ukraine-4", "url": None, "title": "Ukraine brings home 185 soldiers in latest prisoner swap with Russia",
             "published": "2025-10-02", "text": t4, "events": [
    ev(SD, "agreement", "2025-10-02", "day",
       cloc(UA_C, "the border with Belarus", "exchange at the Ukraine-Belarus border, place not named; country level, coordinates of Kyiv"),
       "Government of Ukraine", SF, "Government of Russia", SF,
       evidence="Ukraine and Russia exchanged 185 prisoners of war each on Oct. 2, President Volodymyr Zelensky announced, the first swap in more than a month."),
    ev(SD, "agreement", "2025-08-24", "day",
       cloc(UA_C, None, "place of the exchange not stated; country level, coordinates of Kyiv"),
       "Government of Ukraine", SF, "Government of Russia", SF,
       evidence="The previous exchange, on Aug. 24, returned 146 Ukrainian soldiers and eight civilians.", bg=True),
    ev(SD, "arrests", "2025-09-30", "day",
       loc("Odesa", "Odesa", "Odesa Oblast", "UA", 46.48, 30.73),
       "Security Forces of Ukraine", SF, CUA, CIV,
       evidence="Meanwhile, the Security Service of Ukraine (SBU) said it had detained a 27-year-old man in Odesa on Sept. 30 on suspicion of setting fire to railway relay cabinets on the orders of Russian intelligence."),
    ev(SD, "arrests", "2025-10-01", "day",
       loc("Dnipro", "Dnipro", "Dnipropetrovsk Oblast", "UA", 48.45, 34.98),
       "Security Forces of Ukraine", SF, CUA, CIV,
       evidence="A day later, SBU officers detained a woman in Dnipro who allegedly passed the coordinates of air defense positions to Russia's FSB, the agency said."),
    ev(ERV, "remote_explosive_landmine_ied", "2025-09-29", "day",
       loc("Unecha", "the town of Unecha", "Bryansk Oblast", "RU", 52.85, 32.68),
       UA, SF, None, None, 0, injured=0,
       evidence="Ukraine's military intelligence agency (HUR), for its part, claimed its agents had blown up a section of railway track near the town of Unecha in Russia's Bryansk Oblast on Sept. 29, derailing a freight train carrying fuel for Russian troops."),
]})

# 5 AP: frontline south and east: Zaporizhzhia overnight, Huliaipole shelling, Kherson bus drone, Kramatorsk and Druzhkivka, claimed village
t5 = """Russian attacks on southern and eastern Ukraine kill 7, officials say

ZAPORIZHZHIA, Ukraine (AP) — Russian drones and glide bombs slammed into the southern city of Zaporizhzhia overnight, killing a woman and injuring seven other people, Ukrainian officials said Tuesday, as Moscow kept up pressure on towns along the southern front.

The attack damaged an industrial plant, a kindergarten and more than 20 private homes, regional Gov. Ivan Fedorov said. Residents spent the night in basements as explosions echoed across the city, which lies about 40 kilometers (25 miles) from the front line.

Further east, Russian artillery shelled the frontline town of Huliaipole on Monday, killing two men who were repairing a roof, Fedorov said. Only a few hundred people remain in the town, which had about 13,000 residents before the full-scale invasion.

In the Kherson region, a Russian drone dropped explosives on a passenger bus in the village of Bilozerka on Monday morning, injuring four people, among them the driver, Gov. Oleksandr Prokudin said. Russian troops dug in across the Dnipro River routinely use small drones to hunt cars and pedestrians in towns on the western bank.

In the Donetsk region, a Russian missile hit a residential high-rise in Kramatorsk on Monday evening, killing three people, and a drone killed a man on a bicycle in Druzhkivka, regional Gov. Vadym Filashkin said.

Russia's Defense Ministry said Tuesday that its forces had captured Rivnopillia, a village in the Zaporizhzhia region west of Huliaipole. Ukrainian officials did not comment on the claim.

Russia and Ukraine have been exchanging long-range strikes almost daily while U.S.-led efforts to broker a ceasefire have stalled. Russia occupies nearly a fifth of Ukraine's territory."""
arts.append({"id": "probe-ukraine-5", "url": None, "title": "Russian attacks on southern and eastern Ukraine kill 7, officials say",
             "published": "2025-11-11", "text": t5, "events": [
    ev(ERV, "air_drone_strike", "2025-11-11", "day",
       loc("Zaporizhzhia", "the southern city of Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14),
       RU, SF, CUA, CIV, 1, injured=7,
       evidence="ZAPORIZHZHIA, Ukraine (AP) — Russian drones and glide bombs slammed into the southern city of Zaporizhzhia overnight, killing a woman and injuring seven other people, Ukrainian officials said Tuesday, as Moscow kept up pressure on towns along the southern front."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-10", "day",
       loc("Huliaipole", "the frontline town of Huliaipole", "Zaporizhzhia Oblast", "UA", 47.66, 36.26),
       RU, SF, CUA, CIV, 2,
       evidence="Further east, Russian artillery shelled the frontline town of Huliaipole on Monday, killing two men who were repairing a roof, Fedorov said."),
    ev(ERV, "air_drone_strike", "2025-11-10", "day",
       loc("Bilozerka", "the village of Bilozerka", "Kherson Oblast", "UA", 46.63, 32.39),
       RU, SF, CUA, CIV, injured=4,
       evidence="In the Kherson region, a Russian drone dropped explosives on a passenger bus in the village of Bilozerka on Monday morning, injuring four people, among them the driver, Gov. Oleksandr Prokudin said."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-11-10", "day",
       loc("Kramatorsk", "Kramatorsk", "Donetsk Oblast", "UA", 48.72, 37.56),
       RU, SF, CUA, CIV, 3,
       evidence="In the Donetsk region, a Russian missile hit a residential high-rise in Kramatorsk on Monday evening, killing three people, and a drone killed a man on a bicycle in Druzhkivka, regional Gov. Vadym Filashkin said."),
    ev(ERV, "air_drone_strike", "2025-11-10", "day",
       loc("Druzhkivka", "Druzhkivka", "Donetsk Oblast", "UA", 48.62, 37.53),
       RU, SF, CUA, CIV, 1,
       evidence="In the Donetsk region, a Russian missile hit a residential high-rise in Kramatorsk on Monday evening, killing three people, and a drone killed a man on a bicycle in Druzhkivka, regional Gov. Vadym Filashkin said."),
    ev(BAT, "government_regains_territory", "2025-11-11", "week",
       loc("Rivnopillia", "Rivnopillia", "Zaporizhzhia Oblast", "UA", 47.66, 36.26, "region")
       | {"coords_note": "village west of Huliaipole; coordinates of Huliaipole"},
       RU, SF, UA, SF,
       evidence="Russia's Defense Ministry said Tuesday that its forces had captured Rivnopillia, a village in the Zaporizhzhia region west of Huliaipole."),
]})

# 6 Reuters: mass drone attack on Kyiv, missile on Stryi energy site, air force tally, Ukrainian drones on Afipsky refinery, July strike recalled
t6 = """Russia hits Kyiv with hundreds of drones, four dead; Ukraine strikes refinery in southern Russia

KYIV, Oct 21 (Reuters) - Russia launched one of its largest drone attacks of the war on Kyiv overnight, killing four people and wounding at least 20 as debris and direct hits set apartment buildings ablaze in several districts, city officials said on Tuesday.

Tymur Tkachenko, head of the Kyiv military administration, said the dead included a 12-year-old girl and her mother, whose ninth-floor flat in the Sviatoshynskyi district was destroyed. Fires also broke out in the Darnytskyi and Obolonskyi districts.

In western Ukraine, a cruise missile struck an energy facility near the town of Stryi in the Lviv region, causing power cuts but no casualties, regional governor Maksym Kozytskyi said.

Ukraine's air force said it had shot down or jammed 405 of 430 drones and 30 of the 40 missiles fired overnight. Poland scrambled fighter jets to secure its airspace as a precaution, its operational command said.

Hours later, Ukraine's General Staff said its drones had hit the Afipsky oil refinery in Russia's Krasnodar region overnight, causing a fire at a primary processing unit. Krasnodar authorities confirmed a fire at "an industrial facility" in the Seversky district and said there were no casualties.

"Russia wants to freeze our people this winter," Foreign Minister Andrii Sybiha said, urging allies to send more air defence systems.

Kyiv has suffered repeated heavy attacks since the summer. In July, a Russian missile struck a nine-storey apartment block in the capital's Sviatoshynskyi district, killing 31 people, including five children."""
arts.append({"id": "probe-ukraine-6", "url": None, "title": "Russia hits Kyiv with hundreds of drones, four dead; Ukraine strikes refinery in southern Russia",
             "published": "2025-10-21", "text": t6, "events": [
    ev(ERV, "air_drone_strike", "2025-10-21", "day",
       loc("Kyiv", "Kyiv", "Kyiv City", "UA", 50.45, 30.52),
       RU, SF, CUA, CIV, 4, injured=20,
       evidence="KYIV, Oct 21 (Reuters) - Russia launched one of its largest drone attacks of the war on Kyiv overnight, killing four people and wounding at least 20 as debris and direct hits set apartment buildings ablaze in several districts, city officials said on Tuesday."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-10-21", "day",
       loc("Stryi", "the town of Stryi", "Lviv Oblast", "UA", 49.26, 23.85),
       RU, SF, None, None, 0,
       evidence="In western Ukraine, a cruise missile struck an energy facility near the town of Stryi in the Lviv region, causing power cuts but no casualties, regional governor Maksym Kozytskyi said."),
    ev(SD, "disrupted_weapons_use", "2025-10-21", "day", dict(UA_C, mention=None),
       UA, SF, RU, SF,
       evidence="Ukraine's air force said it had shot down or jammed 405 of 430 drones and 30 of the 40 missiles fired overnight."),
    ev(ERV, "air_drone_strike", "2025-10-21", "day",
       loc("Afipskiy", "the Afipsky oil refinery", "Krasnodar Krai", "RU", 44.90, 38.84),
       UA, SF, None, None, 0,
       evidence="Hours later, Ukraine's General Staff said its drones had hit the Afipsky oil refinery in Russia's Krasnodar region overnight, causing a fire at a primary processing unit."),
    ev(ERV, "shelling_artillery_missile_attack", "2025-07-15", "month",
       loc("Kyiv", "the capital's Sviatoshynskyi district", "Kyiv City", "UA", 50.45, 30.52),
       RU, SF, CUA, CIV, 31,
       evidence="In July, a Russian missile struck a nine-storey apartment block in the capital's Sviatoshynskyi district, killing 31 people, including five children.", bg=True),
]})

for a in arts:
    for e in a["events"]:
        assert e["evidence"] in a["text"], (a["id"], e["evidence"])
out = Path(__file__).with_name("probe-ukraine.jsonl")
out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
print(out, len(arts), sum(len(a["events"]) for a in arts))
