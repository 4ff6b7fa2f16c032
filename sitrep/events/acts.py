"""Which triggers of a sentence tell an act of their own: not aggregates, campaign launches,
mishaps or seizures of no ground; a specific type absorbs the generic words beside it; and how
a trigger relates to events already told (referring back, adding detail, told separately)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from sitrep.events.captives import named_as_offence, takes_people
from sitrep.events.clauses import CLAUSE_BREAKS, clause_text, clause_verb, other_actions, told_in_sequence
from sitrep.events.kinds import ABSORBED_ONLY_BY_CODEBOOK, CROWD_ACTORS, GENERIC_TYPES, RETOLD_TYPES, TERRITORY_TYPES
from sitrep.events.retold import is_retold_cause
from sitrep.nlp.arguments import habitual_verb, is_irrealis
from sitrep.nlp.casualties import counted_vaguely
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.triggers import YEAR_NUMBER
from sitrep.nlp.cues import contains_phrase, find_phrases, load_cues
from sitrep.nlp.dates import date_cues, date_mentions, period_days, phrase_dates, short_period
from sitrep.nlp.sentences import group_tokens, per_span


def is_aggregate(trigger: Span) -> bool:
    """Tolls and campaigns over long periods ("the war has killed", "in recent weeks"), and acts
    counted by a trend ("a spike in kidnappings")."""
    clause = clause_text(trigger)
    cues = load_cues()
    verb = _verb_of_gerund_subject(trigger)
    if verb is not None:  # "fighting between X and Y has intensified in recent weeks": the verb's clause
        clause = clause_text(verb.doc[verb.i:verb.i + 1])
    found = any(_tells_period(clause, m) for m in find_phrases(clause, cues.aggregate_cues))
    counter = _verb_of_counted_participle(trigger)
    if not found and counter is not None:  # "the number of officers killed by X this year so far rose"
        doc = counter.doc
        outer = clause_text(doc[counter.i:counter.i + 1]) + " " + doc[trigger.start:max(counter.i, trigger.end)].text
        found = any(_tells_period(outer, m) for m in find_phrases(outer, cues.aggregate_cues))
    return found or _counted_by_trend(trigger) or _counted_since(trigger)


def _counted_since(trigger: Span) -> bool:
    """A present-perfect act counted from a start point ("dozens of trucks have been burned since
    then", "gunmen have abducted 200 people since January"): acts summed over a stretch, not one
    act. A start point only a few days back ("has retaken three villages since Monday") still
    tells one episode, and a trigger inside the 'since' phrase is the start point itself."""
    verb = clause_verb(trigger)
    if not _present_perfect(verb) and not _past_perfect(verb):
        return False
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in {"VERB", "AUX"}:
        chain.append(chain[-1].head)  # "... have been burned since then, and drivers have been kidnapped"
    for v in chain:
        since = next((c for c in v.children if c.lower_ == "since" and c.dep_ in {"prep", "mark", "advmod"}), None)
        clause = next((c for c in v.children if c.dep_ == "advcl" and any(
            m.lower_ == "since" and m.dep_ == "mark" for m in c.children)), None)
        if since is None and clause is None:
            continue
        if since is None:
            # "thousands have died since the army marched in during March 2021": a clause that dates
            # its start point far back; an undated one is the start point of one episode
            if clause.left_edge.i <= trigger.root.i <= clause.right_edge.i:
                return False
            start = [m for m in phrase_dates(clause) if not m.relative]
            if not start:
                return False
        elif since.left_edge.i <= trigger.root.i <= since.right_edge.i:
            return False  # "have died since the attack": the attack is where the count starts
        elif since.dep_ == "mark" and (since.i + 1 >= len(since.doc) or since.nbor(1).lower_ != "then"):
            return False  # "two days since the rebels have been driven out": the clause is the start point
        else:
            start = [m for m in phrase_dates(since) if not m.relative]
        if not start and since is not None and _years_back(since) > 0:
            return True  # "had killed more than 30 civilians since 2015": years of acts
        if not start:
            if not _present_perfect(v):
                return False  # "had done X since then": no stretch up to now
            return True  # "since then", "since the war began": a stretch of unknown, open length
        anchor = trigger.doc._.date_anchor
        base = anchor[0] if anchor else None
        if base is None:
            return False
        days = (base - dt.date.fromisoformat(start[0].date)).days
        return days > date_cues()["since_episode_days"]
    return False


def is_arrest_in_fight(trigger: Span) -> bool:
    """An arrest verb joined by 'and' to a verb of killing in the same clause ("killed two
    militants and arrested three others in a raid", "killing two and arresting three after a
    firefight"): arrests made in that fight, part of its event, not an arrest operation."""
    if trigger.label_ != "arrests":
        return False
    root = trigger.root
    if root.pos_ != "VERB":
        return False
    kills = load_cues().killing_verbs
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    return any(v.pos_ == "VERB" and v.lemma_.lower() in kills for v in joined)


def _years_back(since: Token) -> int:
    """How many years before the article's year the bare year of a 'since' phrase lies ("since
    2015"; a bare year is no date mention); 0 without one."""
    anchor = since.doc._.date_anchor
    years = [int(t.text) for t in since.subtree if YEAR_NUMBER.fullmatch(t.text)]
    if not anchor or anchor[1] is None or not years:
        return 0
    return max(0, anchor[1] - years[0])


def _past_perfect(verb: Token) -> bool:
    """'had (been) done': a perfect told in reported speech ("said strikes had killed 30 civilians
    since 2015"), which sums acts only with a start point far back."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def is_arrest_setting(trigger: Span, triggers: list[Span]) -> bool:
    """A raid or operation that an arrest told in the sentence was made in (cue list
    ``arrest_setting_nouns``: "arrested 23 men during raids", "arrested 14 suspects in a series
    of raids"): the arrest operation itself, no attack or clash of its own."""
    root = trigger.root
    if root.lemma_.lower() not in load_cues().arrest_setting_nouns and root.lower_ not in load_cues().arrest_setting_nouns:
        return False
    arrests = {t.root.i for t in triggers if t.label_ == "arrests" and t.root.pos_ == "VERB"}
    tok = root
    for _ in range(4):  # "in a series of raids": up through the phrases to the verb they hang on
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB":  # "arrested five in a raid, killing three of them": a deadly raid
            kills = load_cues().killing_verbs
            return tok.i in arrests and not any(t.pos_ == "VERB" and t.lemma_.lower() in kills for t in tok.subtree)
    return False


def _present_perfect(verb: Token) -> bool:
    """'has/have (been) done': the present perfect, which sums acts up to now ('had' tells one past act)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve", "'s"}
                                      for c in verb.children)


def _verb_of_counted_participle(trigger: Span):
    """The verb of the clause that holds a participle trigger describing a noun ("the number of
    police officers killed by bandits ... rose"): the period of a count stands in that clause, or
    between the participle and that verb ("this year so far")."""
    root = next((t for t in trigger if t.dep_ == "acl" and t.tag_ == "VBN"), None)  # "civilians killed"
    if root is None:
        return None
    tok = root.head
    while tok.head.i != tok.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} else None


def _verb_of_gerund_subject(trigger: Span):
    """The verb whose subject the trigger is when the parser tags it a verb ("Fighting between the
    army and the rebels has intensified"): a gerund used as a noun, whose clause is that verb's."""
    root = trigger.root
    if root.tag_ != "VBG" or root.dep_ not in {"nsubj", "nsubjpass", "csubj"} or root.head.i == root.i:
        return None
    return root.head if root.head.pos_ in {"VERB", "AUX"} else None


def _tells_period(clause: str, cue: re.Match) -> bool:
    """Whether an aggregate cue found in a clause gives the act a long period: not one followed by
    a short stretch or by no unit of time ("over the past 36 hours", "over the last footholds")."""
    if cue.group(0).lower() not in load_cues().open_period_cues:
        return True
    days = period_days(clause[cue.end():])
    return days is not None and not short_period(days)


def _counted_by_trend(trigger: Span) -> bool:
    """An event noun that a noun of change governs ("a spike in kidnappings and murders", "the
    rise of attacks on clinics"): how often such acts happen, not one of them."""
    root = trigger.root
    while root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN"}:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in {"in", "of"} \
        and prep.head.lemma_.lower() in load_cues().trend_nouns


PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _perfect(verb: Token) -> bool:
    """'has/have/had done': a perfect, which tells a state or a sum up to then rather than one act."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def is_ongoing(trigger: Span) -> bool:
    """A generic fighting word told as a state of the war, not one act: the subject of a verb of
    going on in the present or perfect ("fighting has raged in X since May", "the clashes
    continue"), of a verb made a habit ("skirmishes kept flaring up now and then"), of a perfect
    reaching back with "since" ("since 2003, fighting has claimed ..."), or what a place "has
    seen" ("the district has seen heavy combat")."""
    root = trigger.root
    if trigger.label_ not in GENERIC_TYPES or root.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"}:
        return False
    verb = root.head
    if verb.pos_ not in {"VERB", "AUX"} or _dated(verb):
        return False  # "clashes have gone on since Tuesday": the days of one episode, news
    cues = load_cues()
    perfect = _perfect(verb)
    lasting = perfect or verb.tag_ in PRESENT_TAGS or verb.tag_ == "VBG"
    if root.dep_ == "dobj":
        return perfect and verb.lemma_.lower() in cues.witness_verbs
    if verb.lemma_.lower() in cues.ongoing_verbs and lasting:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in cues.ongoing_adverbs for c in verb.children):
        return True
    return perfect and _since(verb)


def is_lasting_condition(trigger: Span) -> bool:
    """An act word that names what a place has long been under or cut off by ("the town has been
    cut off by fighting for months", "has been under bombardment since October"): the object of
    a preposition of ``condition_prepositions`` on a perfect verb that reaches back with "since"
    or lasts a long stretch ("for months"), with no date of an episode ("since Monday"): a state
    of the war, not one act."""
    root = trigger.root
    if root.dep_ not in {"pobj", "pcomp"} or root.head.lower_ not in load_cues().condition_prepositions:
        return False
    verb = root.head.head
    if verb.pos_ not in {"VERB", "AUX"} or _episode_dated(verb):
        return False
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PERFECT_AUX for c in verb.children):
        return False
    return any(_since(t) or _lasts(t) for t in (verb, root))  # the parser may hang either on the act word


def is_recurring(trigger: Span) -> bool:
    """ "The city is shelled almost daily", "the town has been regularly hit since the summer":
    an act verb told with an adverb of habit (``ongoing_adverbs``, not "still") and no date of one
    episode is how often a place is hit, not one act; "repeatedly shelled the town on Monday" is."""
    root = trigger.root
    if root.pos_ != "VERB" or _episode_dated(root):
        return False
    words = load_cues().ongoing_adverbs - {"still"}
    return any(c.dep_ == "advmod" and c.lower_ in words for c in root.children)


def _episode_dated(verb: Token) -> bool:
    """Whether the clause of ``verb`` dates one episode: as :func:`_dated`, but the start of a
    long stretch ("since April", "since Russian forces withdrew in November 2022") is no date of
    one; "since Monday" is."""
    published = verb.doc._.published
    starts = [c for c in verb.subtree if c.lower_ == "since" and c.dep_ == "prep"]
    starts += [c for c in verb.subtree if c.dep_ == "advcl" and any(
        m.lower_ == "since" and m.dep_ == "mark" for m in c.children)]
    bounds = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in starts]
    for m in phrase_dates(verb):
        if m.relative and m.offset_days is not None and not short_period(abs(m.offset_days)):
            continue
        if published is not None and any(a <= m.start_char < b for a, b in bounds) \
                and not short_period(abs((published - dt.date.fromisoformat(m.date)).days)):
            continue
        return True
    return False


def _lasts(verb: Token) -> bool:
    """Whether ``verb`` has a "for" of a long stretch ("for months", "for more than a year")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                words = [t.text for t in obj.subtree]
                days = next((d for i in range(len(words)) if (d := period_days(" ".join(words[i:]))) is not None), None)
                if days is not None and not short_period(days):  # "months", "more than a year"
                    return True
    return False


def is_witnessed(trigger: Span) -> bool:
    """An act of any kind inside what a place "has seen" or "has witnessed" ("the district has
    witnessed every kind of violence, from bombing raids to shelling", "the valley has seen
    brutal battles, with jets called in to bomb it"): a state of the war over time, not one act. The path
    up to the witness verb may pass through participles, never through a verb of its own ("has
    seen calm since the two sides signed a truce" still tells the truce)."""
    cues = load_cues()
    tok = trigger.root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() in cues.witness_verbs:
                perfect = _perfect(head)
                seen = tok.dep_ == "dobj" or tok.dep_ == "prep" and tok.lower_ == "with"
                return perfect and seen and not _dated(head)
            if head.tag_ != "VBG":
                return False
        tok = head
    return False


def _dated(verb: Token) -> bool:
    """Whether the clause of ``verb`` holds a date of its own (not a statement's): a window of
    days ("since Friday", "two days later") bounds an episode; a long duration ("since May",
    "eight months later") is no date of one."""
    return any(not (m.relative and m.offset_days is not None and not short_period(abs(m.offset_days)))
               for m in phrase_dates(verb))


def _since(verb) -> bool:
    """Whether ``verb`` reaches back with "since" ("since May 10", "since the ceasefire ended")."""
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ in {"prep", "mark"}:
            return True
        if child.dep_ == "advcl" and any(c.lower_ == "since" and c.dep_ == "mark" for c in child.children):
            return True
    return False


def is_description(trigger: Span) -> bool:
    """What a group does in general, not an act: a participle describing a noun ("militias
    fighting over land", "a coalition fighting the army") with no time or place of its own, a
    participle used as a modifier ("fighting trenches"; a fighting noun as modifier, "assault
    rifles", is no trigger at all: codebook ``head_noun_phrases``), or a bare plural event noun
    that qualifies a noun or an adjective ("prone to raids", "a run of ambushes", "fears of
    clashes")."""
    root = trigger.root
    head = root.head
    if root.tag_ == "VBG" and root.dep_ in {"amod", "compound"} and head.pos_ == "NOUN" and head.i > root.i:
        return True
    if root.tag_ == "VBG" and root.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        return not _anchored(root)
    if root.tag_ == "NNS" and root.dep_ == "pobj" and head.dep_ == "prep" \
            and head.head.pos_ in {"NOUN", "ADJ"} and head.head.i != root.i and not _counts(head.head):
        bare = not any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in root.children)
        return bare and not _anchored(root)
    return False


def is_general_reference(trigger: Span) -> bool:
    """ "Responsible for deadly attacks", "unrest caused by raids committed by X", "used
    in separate attacks on police": a bare plural generic event noun governed by a preposition, in
    a sentence that names no time, speaks of a group's acts in general, not of one act."""
    root = trigger.root
    if trigger.label_ not in GENERIC_TYPES or root.tag_ != "NNS" or root.dep_ != "pobj":
        return False
    if root.head.lower_ in load_cues().sequence_prepositions:
        return False  # "residents fled after clashes": the clashes that came before
    if any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in root.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.sent)


def _counts(noun) -> bool:
    """A quantity or a stretch of time ("thousands of rockets", "a barrage of shells", "the
    second day of protests"): what it governs is the act itself."""
    return noun.like_num or noun.ent_type_ in {"DATE", "TIME", "CARDINAL", "QUANTITY"} \
        or noun.lemma_.lower() in load_cues().collective_nouns


def _anchored(root) -> bool:
    """Whether the words under ``root`` name a time or a place of their own."""
    doc = root.doc
    placed = group_tokens(doc, "places")
    return any(t.ent_type_ in {"DATE", "TIME"} or t.i in placed for t in root.subtree)


def is_reputation(trigger: Span) -> bool:
    """What a group is known or blamed for ("a militia notorious for torching chapels", "gangs
    known for abductions", "criticised for dropping barrel bombs"): a habit, not one
    act. Blame counts only when the act names no time or place of its own ("condemned for
    shelling X on Monday" tells the shelling)."""
    cues = load_cues()
    root = trigger.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "dobj" and root.head.dep_ == "pcomp":
        root = root.head  # "for using barrel bombs": the gerund of the use
    prep = root.head
    if root.dep_ not in {"pobj", "pcomp"} or prep.lower_ != "for":
        return False
    words = {prep.head.lower_, prep.head.lemma_.lower()}
    if words & cues.reputation_words:
        return True
    return bool(words & cues.censure_verbs) and not _anchored(root)


def is_habit(trigger: Span) -> bool:
    """ "X has carried out similar attacks", "X is often blamed for such raids", "gangs
    increasingly use rape to terrorize communities": acts of a kind, the object of a habit
    (:func:`~sitrep.nlp.arguments.habitual_verb`), are a group's record or practice, not one act.
    The object is a plural, or any noun when the verb of habit is in the simple present."""
    root = trigger.root
    if root.dep_ not in {"dobj", "pobj"}:
        return False
    head = root.head.head if root.dep_ == "pobj" else root.head
    plural = root.tag_ in {"NNS", "NNPS"}
    present = root.pos_ == "NOUN" and root.dep_ == "dobj" and head.tag_ in PRESENT_TAGS
    return (plural or present) and habitual_verb(head)


def is_generic_statement(trigger: Span) -> bool:
    """ "Cattle raids kill hundreds of people every year", "kidnappings have become common on the
    roads", "such attacks happen almost every week": acts of a kind, a bare plural subject of a
    present or perfect clause that says how often they happen (cue list ``frequency_words``, or
    an adverb of habit), are a state of a region, not one act. A headline's "clashes kill 20"
    names no frequency and still tells one."""
    root = trigger.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.tag_ not in {"NNS", "NNPS"} or root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in root.children):
        return False
    verb = root.head
    perfect = _perfect(verb)
    if verb.tag_ not in PRESENT_TAGS and not perfect:
        return False
    cues = load_cues()
    words = cues.frequency_words
    for child in verb.children:
        if child.dep_ in {"acomp", "attr"} and (child.lower_ in words or any(
                m.dep_ == "amod" and m.lower_ in words for m in child.children)):
            return True  # "have become common", "are a regular occurrence"
        if child.dep_ == "advmod" and child.lower_ in cues.ongoing_adverbs | words:
            return True  # "frequently target convoys", "happen annually"
        if child.dep_ == "npadvmod" and any(m.lower_ in words for m in child.children):
            return True  # "every year", "each week"
    return False


def is_group_practice(trigger: Span) -> bool:
    """ "bandits, who kidnap for ransom, ...": a verb in the simple present describing a group (a
    relative clause with no date of its own) tells what the group does, not one act (an act
    named as what a present-tense verb of habit does: :func:`is_habit`)."""
    root = trigger.root
    if root.pos_ == "VERB" and root.tag_ in PRESENT_TAGS and root.dep_ == "relcl" \
            and root.head.tag_ in {"NNS", "NNPS"}:
        return not any(t.ent_type_ in ("DATE", "TIME") for t in root.subtree)
    return False


def is_claimed_practice(trigger: Span) -> bool:
    """ "A spokesman said that drones were used only against legitimate targets", "the ministry
    insisted that air strikes target only military sites": a reported claim restricting what such
    acts hit (cue list ``restriction_words`` on the verb or on what it hits) names a practice,
    not an act, unless its clause has a place of its own."""
    verb = clause_verb(trigger)
    if verb.dep_ != "ccomp":
        return False
    words = load_cues().restriction_words
    hit = [t for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree]
    if not any(t.lower_ in words and t.dep_ in {"advmod", "amod", "preconj"} for t in [*verb.children, *hit]):
        return False
    placed = group_tokens(verb.doc, "places")
    return not any(t.i in placed for t in verb.subtree)


def is_campaign_launch(trigger: Span) -> bool:
    """ "Started a major offensive", "an operation was launched": the start of a campaign is
    not itself a concrete event; the fighting it brings is told by other words."""
    cues = load_cues()
    root = trigger.root
    return root.lemma_.lower() in cues.campaign_nouns and root.dep_ in {"dobj", "nsubjpass"} \
        and root.head.lemma_.lower() in cues.campaign_launch_verbs


def is_onset(trigger: Span) -> bool:
    """ "The war started on 3 May", "began shelling the district", "the outbreak of fighting
    began": the act is what a verb of beginning starts (its subject, object or complement), or
    what a situation slides "into" ("tensions exploded into open fighting"), so the words tell
    when a campaign or a war began, not one incident. Only recalled (background)
    events are dropped for it: news of fighting that "began on Sunday" is the fighting itself."""
    root = trigger.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        root = root.head.head  # "the outbreak of fighting started"
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in load_cues().outbreak_verbs \
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children):
        return True  # "killed since clashes broke out in May": where a running toll starts
    if root.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in load_cues().descent_verbs:
        # "tensions exploded into open fighting in April 2023", "the country descended into war";
        # not "a dispute escalated into clashes that killed 14", "a rally on October 28 descended
        # into battles": a toll or a day of its own makes it one incident
        tolls = load_cues().toll_verbs
        return not any(t.like_num or t.lemma_.lower() in tolls for t in root.subtree) \
            and not any(m.precision == "day" for m in phrase_dates(head.head))
    return root.dep_ in {"nsubj", "nsubjpass", "dobj", "xcomp"} and head.pos_ in {"VERB", "AUX"} \
        and head.lemma_.lower() in load_cues().onset_verbs


def is_mishap(trigger: Span) -> bool:
    """ "The downing of an unknown drone", "the wreckage of a missile": the weapon named is
    what fell or was found, no strike was made with it."""
    head = trigger.root.head
    return trigger.root.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lemma_.lower() in load_cues().weapon_mishap_nouns


def is_flight_only(trigger: Span) -> bool:
    """ "Jets circling over the town", "a drone flying over the base", "boarded via a
    helicopter": a bare aircraft word that only flies or carries people is no strike."""
    root = trigger.root
    if trigger.label_ != "air_drone_strike" or len(trigger) > 1 or root.pos_ != "NOUN":
        return False
    cues = load_cues()
    flies = any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in cues.flight_verbs for c in root.children) or \
        root.dep_ in {"nsubj", "dobj"} and root.head.lemma_.lower() in cues.flight_verbs
    return flies or root.dep_ == "pobj" and root.head.lower_ in cues.vehicle_prepositions


def is_only_heard(trigger: Span) -> bool:
    """ "Residents heard loud explosions", "explosions were heard across the city": a bare
    explosion word that is what someone heard tells a sound (air defence, fighting, a dam giving
    way), not a bombing; the act, if any, is told by other words."""
    root = trigger.root
    if trigger.label_ != "remote_explosive_landmine_ied" or len(trigger) > 1 or root.pos_ != "NOUN":
        return False
    verbs = load_cues().perception_verbs
    head = root.head
    if head.lemma_.lower() in verbs and (root.dep_ in {"dobj", "nsubjpass"} or root.dep_ == "nsubj" and not any(
            c.dep_ == "dobj" for c in head.children)):
        return True  # "heard explosions", "explosions were heard", "explosions heard across X"
    return root.dep_ == "ROOT" and any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in root.children)


def takes_no_ground(trigger: Span) -> bool:
    """ "Seized motorcycles", "captured three officers", "took over the streets": the verb of a
    territory change with an object that is no place nor unarmed people (a name, a settlement or
    facility word, 'control') is no territory change."""
    cues = load_cues()
    objects = [c for c in trigger.root.children if c.dep_ == "dobj" and not trigger.start <= c.i < trigger.end]
    if not objects:
        return False  # "seized control", "fell to", or an object the phrase itself names
    if takes_people(trigger) and (not _all_armed(objects[0]) or _taken_by_state(trigger)):
        return False  # an abduction or an arrest (``captives.seized_people``)
    ground = cues.admin_words | cues.facility_words | cues.territory_words
    for obj in _share_of(_antecedent(objects[0])):
        if obj.pos_ == "PROPN" or obj.i in group_tokens(trigger.doc, "places"):
            return False
        if obj.lemma_.lower() in ground:
            return False
    return True


def _all_armed(obj) -> bool:
    """Every person of the object is a combatant ("captured two officers and a fighter")."""
    armed = load_cues().armed_victim_nouns
    return all(o.lemma_.lower() in armed for o in (obj, *obj.conjuncts))


def _taken_by_state(trigger: Span) -> bool:
    """The verb's subject is a state force ("troops captured eight militants": an arrest)."""
    force = load_cues().state_force_nouns
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in force or any(
        m.dep_ == "compound" and m.lemma_.lower() in force for m in c.children)) for c in trigger.root.children)


def _antecedent(obj: Token) -> Token:
    """The noun a relative pronoun stands for ("Diabaly, which the rebels seized": Diabaly), so
    that the ground taken is read from it; any other object is itself."""
    verb = obj.head
    if obj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return obj


def _share_of(obj) -> list:
    """The object and, for a share ("40% of the town", "most of Jisreen"), the whole it is a
    share of: the whole tells whether the object is ground."""
    out = [obj]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def is_sweeping_gain(trigger: Span) -> bool:
    """ "Rebels have since seized several towns", "took vast swathes of territory in a lightning
    offensive": ground told as a sweep (cue list ``sweep_cues``) with no day of its own is the
    outcome of a campaign, not one change of territory; "seized several villages on Monday" is one."""
    if not contains_phrase(_ground_words(trigger), load_cues().sweep_cues):
        return False
    return not any(m.precision == "day" for m in phrase_dates(clause_verb(trigger)))


def is_partial_control(trigger: Span) -> bool:
    """ "Seized almost all of X", "entered the northern neighbourhood": fighting, not control. The
    share must be one of the ground taken (:func:`_ground_words`), and a force that only
    'entered' a place fought there unless the sentence says the place is now held or free."""
    cues = load_cues()
    if contains_phrase(_ground_words(trigger), cues.partial_control_cues):
        return True
    return contains_phrase(clause_text(trigger), cues.entry_cues) and not states_control(trigger.sent)


def _ground_words(trigger: Span) -> str:
    """The words of the trigger's clause without appositions and phrases of a role preposition:
    "retook the bridge, one vital piece of their plan" and "seized as part of a sweep"
    name no share of the ground."""
    skip_preps = load_cues().role_prepositions
    verb = clause_verb(trigger)
    words = list(verb.subtree)
    skip: set[int] = set()
    for tok in words:
        if tok.i != verb.i and not (tok.left_edge.i <= trigger.start <= tok.right_edge.i) and (
                tok.dep_ in CLAUSE_BREAKS or tok.dep_ == "appos" or (tok.dep_ == "prep" and tok.lower_ in skip_preps)):
            skip.update(t.i for t in tok.subtree)
    return " ".join(t.text for t in words if t.i not in skip).lower()


def states_control(sent: Span) -> bool:
    """The sentence says a place is now held or free ("the district is back under army
    control", "the village was liberated"), not fought over ("battling for control over the road")."""
    cues = load_cues()
    return any(t.lemma_.lower() in cues.control_stated_words
               and not (t.head.dep_ == "prep" and t.head.lower_ in cues.contested_prepositions)
               and not _denied(t)
               for t in sent)


def _denied(token) -> bool:
    """Whether a "not" or "never" denies ``token``: on the word itself or on a word above it up to
    its verb ("the town is not under army control", "the village was not liberated")."""
    node = token
    while True:
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head


def _reaches(node, verbs: set[int]) -> bool:
    """Whether ``node`` hangs on one of ``verbs`` through prepositions only ("killed in the
    strikes", "hurt as a result of the raid", "died during the shelling of X")."""
    prepositions = load_cues().toll_prepositions
    steps = 0
    while node.dep_ in ("pobj", "pcomp", "prep", "agent") and steps < 6:
        node = node.head
        steps += 1
        if node.i in verbs:
            return True
        if node.dep_ == "prep" and node.lower_ not in prepositions:
            return False
    return False


#: Dependencies of what a disrupting verb acts on ("shot down 20 drones", "intercepted a missile").
DISRUPTED_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def is_disrupted_weapon(trigger: Span, triggers: list[Span]) -> bool:
    """A weapon word that is what an interception or seizure in its sentence acted on ("shot
    down 22 drones launched overnight", "intercepted a missile fired at the city"): the weapon
    never struck, so it tells the disruption, not an attack of its own. The weapon types are
    those the disruption's codebook entry outranks."""
    disruption = "disrupted_weapons_use"
    if trigger.label_ not in load_codebook().entry(disruption).outranks:
        return False
    for other in triggers:
        if other.label_ != disruption:
            continue
        verb = other.root
        objects = [c for c in verb.children if c.dep_ in DISRUPTED_OBJECT_DEPS]
        if any(o.left_edge.i <= trigger.root.i <= o.right_edge.i for o in objects):
            return True
    return False


def is_toll_of_other(trigger: Span, triggers: list[Span]) -> bool:
    """A generic death or injury clause that counts the victims of another act the sentence names
    ("nine were killed in the strikes", "no one was hurt as a result of the raid", "the blast
    killed two"), or of an act told before ("were killed in the attack"): it is that act's toll,
    not an attack of its own."""
    if trigger.label_ not in GENERIC_TYPES:
        return False
    toll_verbs = load_cues().toll_verbs
    verb = trigger.root if trigger.root.lemma_.lower() in toll_verbs else None
    if verb is None:
        verb = next((t for t in trigger if t.lemma_.lower() in toll_verbs and t.pos_ == "VERB"), None)
    if verb is None:
        return False
    # "injured or killed"; not "killed nine and abducted 25": the taking of people is no toll
    verbs = {verb.i, *(c.i for c in verb.conjuncts if c.lemma_.lower() in toll_verbs)}
    for other in triggers:
        if other is trigger or other.label_ == trigger.label_ or other.start < trigger.end and trigger.start < other.end:
            continue
        node = other.root
        if node.dep_ in ("nsubj", "appos") and (node.head.i in verbs or node.head.head.i in verbs):
            return True  # "the blast killed two", "a third attack, a car bomb, killed one"
        if _reaches(node, verbs):
            return True
    cues = load_cues()
    for tok in trigger.sent:  # "killed in the strikes": an event told before, by a definite noun
        if tok.lemma_.lower() in cues.place_statement_nouns and tok.pos_ == "NOUN" and \
                any(c.dep_ == "det" and c.lower_ in cues.anaphoric_determiners for c in tok.children) and \
                not (trigger.start <= tok.i < trigger.end) and _reaches(tok, verbs):
            return True
    return False


def is_anaphoric(trigger: Span) -> bool:
    """A noun with a definite determiner ("the attack", "the airstrikes"): it refers back to an
    event already told rather than telling a new one."""
    root = trigger.root
    if root.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False  # "the killing of five militants" tells its own event
    dets = load_cues().anaphoric_determiners
    return any(c.dep_ in {"det", "poss"} and (c.lower_ in dets or c.ent_type_ == "DATE") for c in root.children)


def describes_referred_event(trigger: Span, triggers: list[Span]) -> bool:
    """ "The raid, which was conducted with a planted bomb": a specific trigger inside
    the phrase of a referring generic one adds detail to the event referred to."""
    if trigger.label_ in GENERIC_TYPES:
        return False
    for other in triggers:
        if other.label_ in GENERIC_TYPES and is_anaphoric(other):
            root = other.root
            if root.left_edge.i <= trigger.start and trigger.end - 1 <= root.right_edge.i:
                return True
    return False


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def told_act(trigger: Span) -> bool:
    """ "We seized the town", "five buses were burned": a finite past-tense verb heading its
    clause tells an act that was done, even with no date or place of its own; not when its sentence speaks of another year
    (undated history: "ever since 2011, when the militia overran the port")."""
    root = trigger.root
    verb = root.head if root.dep_ == "conj" else root
    past_passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (root.tag_ == "VBD" or past_passive) and root.dep_ in {"ROOT", "ccomp", "conj"} \
        and not YEAR.search(trigger.sent.text)


def causes_toll(trigger: Span) -> bool:
    """ "An explosion wounded two", "strikes which killed nine": the act is the agent of a toll
    verb, so the sentence tells what it did (a told act, not a bare mention), even with no date
    or place of its own. Not a generic word ("a third attack, a car bomb, killed one": the
    specific word beside it tells the act)."""
    if trigger.label_ in GENERIC_TYPES:
        return False
    toll_verbs = load_cues().toll_verbs

    def toll_on_victims(verb) -> bool:  # "killed two", not "the bombers died"
        return verb.pos_ == "VERB" and verb.lemma_.lower() in toll_verbs and any(c.dep_ == "dobj" for c in verb.children)

    root = trigger.root
    if root.dep_ == "nsubj" and toll_on_victims(root.head):
        return True
    return any(c.dep_ == "relcl" and toll_on_victims(c) and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)
               for c in root.children)


def told_of_referred_event(trigger: Span, triggers: list[Span]) -> bool:
    """ "Nine farmers died in the raid": an undated toll told of an event referred
    to ("in/during the attack" hangs off the trigger's verb) retells that event; it is no new
    one ("in spite of the bombing, we took the hill" is)."""
    root = trigger.root
    preps = load_cues().retelling_prepositions
    for other in triggers:
        if other is trigger or not is_anaphoric(other):
            continue
        head = other.root.head
        if head.dep_ == "prep" and head.lower_ in preps and head.head.i == root.i:
            return True
    return False


def kills_counted(trigger: Span) -> bool:
    """ "Gunmen killed nine villagers and abducted 25 others": a killing verb with a counted
    object (by a figure or a vague word, "killed dozens of villagers") tells dead of its own
    beside the taking of people, so the raid is two events (NOTES: one raid that kills some and
    abducts others), not an abduction that absorbs the killing."""
    toll_verbs = load_cues().toll_verbs
    root = trigger.root
    # a phrase trigger can span the victims before the verb ("passengers and killed"): its own verb
    verb = next((t for t in trigger if t.pos_ == "VERB" and t.lemma_.lower() in toll_verbs),
                root if root.pos_ == "VERB" else root.head)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in toll_verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (any(t.like_num or t.dep_ == "nummod" for t in c.subtree)
                                                    or _vaguely_counted(c))
               for c in verb.children)


def _vaguely_counted(victims: Token) -> bool:
    """The victims are counted by a vague word ("dozens of villagers", "several residents",
    "some patients"; ``quantities.json``: ``vague``): dead of the killing's own all the same."""
    return counted_vaguely(" ".join(t.text for t in victims.subtree))


def same_act(a: Span, b: Span) -> bool:
    """Two triggers that the parse ties together: one is the other's head or subject."""
    return a.root.head.i == b.root.i or b.root.head.i == a.root.i


def separate_acts(by_type: dict[str, Span], labelled: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Triggers of a type already taken for the sentence that tell another act of that type, in
    a clause of their own: "the biggest prisoner exchange since both sides freed 1,000
    detainees in 2020" is two agreements. They become mentions too (merged again if same day)."""
    extra = []
    for label, trig in labelled:
        kept = by_type.get(label)
        if kept is None or trig is kept or is_anaphoric(trig):
            continue
        elsewhere, aside = other_actions(kept)
        if trig.root.i in elsewhere | aside:
            extra.append((label, trig))
    return extra


def told_separately(sent: Span) -> bool:
    """ "In a separate incident, three officers died in a drone strike": a sentence that opens with a
    cue of a distinct incident tells a new event, even of the type, day and area of one told
    before (so it is never folded into an earlier event; later retellings may join it)."""
    return per_span(sent, "sitrep_told_separately", _opens_with_separate_cue)


def _opens_with_separate_cue(sent: Span) -> bool:
    opening = sent.text.lstrip().lower()
    return any(opening.startswith(cue) and not opening[len(cue):len(cue) + 1].isalnum()
               for cue in load_cues().separate_event_cues)


def another(trigger: Span) -> bool:
    """ "Another raid in the same district": a trigger noun so determined is a further event."""
    dets = load_cues().separate_event_determiners
    return any(c.dep_ == "det" and c.lower_ in dets for c in trigger.root.children)


def counted_further(trigger: Span) -> bool:
    """ "The second blast went off ...", "a third explosion hit ...": a trigger noun of a
    specific act counted by an ordinal is a further act of the episode, told on its own even
    when it takes its day and place from the first one (so neither a reference back nor a bare
    mention; the caller asks that its sentence give no date: "the fourth rally on Saturday"
    counts weeks of a campaign). Not a predicate ("this was the second bombing in a week"), a
    person ("the second bomber") or a generic word ("a third attack, a car bomb, ...": the
    specific word beside it tells the act)."""
    cues = load_cues()
    root = trigger.root
    people = cues.perpetrator_nouns | cues.armed_victim_nouns | cues.unarmed_victim_nouns | cues.person_nouns
    return trigger.label_ not in GENERIC_TYPES and root.dep_ != "attr" and root.lemma_.lower() not in people and any(
        c.dep_ == "amod" and c.lower_ in cues.separate_event_ordinals for c in root.children)



def yields(sub_type: str, labelled: list[tuple[str, Span]], by_type: dict[str, Span]) -> bool:
    """Whether the sentence's only words for ``sub_type`` are weak ones (codebook
    ``yielding_phrases``) beside an act it yields to: "clashes between the crowd and police, who
    fired tear gas" tell a dispersed protest, not a riot."""
    entry = load_codebook().entry(sub_type)
    if not entry.yielding_phrases or not any(t in by_type for t in entry.yields_to):
        return False
    weak = set(entry.yielding_phrases)
    return all(trig.text.lower() in weak or trig.root.lemma_.lower() in weak
               for label, trig in labelled if label == sub_type)


def dated_apart(trigger: Span, specific: list[Span]) -> bool:
    """A generic word told in a clause apart from each specific trigger, with a day of its own
    ("captured the town, which saw fresh gunfights on Sunday", "struck the rebels after they
    ambushed a patrol on Monday"): another act than theirs, not absorbed by them."""
    if is_anaphoric(trigger) or not specific:
        return False
    for other in specific:
        elsewhere, aside = other_actions(other)
        if trigger.root.i not in elsewhere | aside:
            return False
    verb = clause_verb(trigger)
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return any(start <= m.start_char and m.end_char <= end and m.precision == "day" and not m.is_statement
               and not m.relative for m in date_mentions(trigger.sent))


def _absorbers(generic: Span, specific: dict[str, Span]) -> list[str]:
    """The specific types whose trigger may tell the act of a ``generic`` word: not a type that by
    definition kills no one (codebook ``deadly``: an agreement) told in a subordinate clause that
    leaves the fighting or attack word out ("the deadliest clashes since a truce was declared" are
    clashes beside a truce; "a deal that ends years of fighting" and "after the attack, both
    sides agreed a truce" stay the deal's)."""
    book = load_codebook()
    if not book.entry(generic.label_).deadly:
        return list(specific)
    return [t for t, s in specific.items() if book.entry(t).deadly or not _in_clause_apart(s, generic)]


def _in_clause_apart(trigger: Span, other: Span) -> bool:
    """``trigger`` lies in a subordinate clause (adverbial, relative, complement) that ``other``
    is not in."""
    tok = trigger.root
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSE_BREAKS and not tok.left_edge.i <= other.root.i <= tok.right_edge.i:
            return True
        tok = tok.head
    return False


def _become_beside(by_type: dict[str, Span], partial: set[int]) -> dict[str, Span]:
    """Re-type an act told in one sentence with an act that changes what it was (codebook
    ``becomes_beside``): "thousands marched through the capital, and police arrested nine" is a
    protest the police intervened in. Not when the other act is told apart with a day of its
    own ("rallied on Friday for men arrested on Monday"), told as coming after it ("detained
    once the march she led was over": an arrest of its own) or only referred to."""
    book = load_codebook()
    out = dict(by_type)
    for sub_type, trig in by_type.items():
        for other, new in book.entry(sub_type).becomes_beside:
            told = out.get(other)
            if sub_type not in out or new in out or told is None or told.start in partial \
                    or is_anaphoric(told) or is_anaphoric(trig) or dated_apart(told, [trig]) \
                    or told_in_sequence(told, trig):
                continue
            out = {(new if t == sub_type else t): s for t, s in out.items()}
    return out


def telling_triggers(triggers: list[Span]) -> list[tuple[str, Span]]:
    """The acts a sentence tells, as (sub-event type, trigger): at most one per type, save
    acts of that type told in a clause of their own (``separate_acts``)."""
    codebook = load_codebook()
    by_type: dict[str, Span] = {}
    labelled: list[tuple[str, Span]] = []
    partial: set[int] = set()  # territory verbs read as fighting: their own act, never absorbed
    for trig in triggers:
        if is_irrealis(trig) or is_aggregate(trig) or is_campaign_launch(trig) or is_mishap(trig) \
                or is_description(trig) or is_general_reference(trig) or is_flight_only(trig) or is_ongoing(trig) \
                or is_witnessed(trig) or is_lasting_condition(trig) or is_recurring(trig) or is_reputation(trig) \
                or is_claimed_practice(trig) or is_habit(trig) or is_generic_statement(trig) or is_group_practice(trig) \
                or is_only_heard(trig) or is_retold_cause(trig) or is_arrest_in_fight(trig):
            continue
        if is_toll_of_other(trig, triggers) or is_disrupted_weapon(trig, triggers) \
                or trig.label_ in RETOLD_TYPES and is_arrest_setting(trig, triggers):
            continue
        label = trig.label_
        if label in TERRITORY_TYPES and (takes_no_ground(trig) or is_sweeping_gain(trig)):
            continue
        if label in TERRITORY_TYPES and is_partial_control(trig):
            label = "armed_clash"
            partial.add(trig.start)
        labelled.append((label, trig))
        if label not in by_type or (is_anaphoric(by_type[label]) and not is_anaphoric(trig)):
            by_type[label] = trig  # "the deaths followed a gun battle": the battle tells the event
    # a specific trigger absorbs the generic words beside it, unless it only refers back
    # ("the airstrikes came after militiamen shot dead 12 police officers": the killing is the news)
    telling = {t for t, s in by_type.items() if t not in GENERIC_TYPES and not is_anaphoric(s)}
    partial.update(s.start for t, s in labelled if t in GENERIC_TYPES and telling
                   and dated_apart(s, [by_type[o] for o in telling]))
    # "gunmen killed nine villagers and abducted 25 others": dead counted beside the taking of people
    own_dead = {s.start for t, s in labelled if t in GENERIC_TYPES and kills_counted(s) and any(
        t in codebook.entry(o).absorbs_without_toll for o in telling)}
    partial.update(own_dead)
    absorbable = GENERIC_TYPES - ABSORBED_ONLY_BY_CODEBOOK  # arrests: only by the codebook's absorbs below
    if telling:  # ... but "the attack in X took place a day after a bomber struck Y" still refers back
        by_type = {t: s for t, s in by_type.items() if t not in absorbable or s.start in partial
                   or not _absorbers(s, {o: by_type[o] for o in telling})
                   or is_anaphoric(s) and not any(same_act(s, by_type[o])
                                                  for o in _absorbers(s, {o: by_type[o] for o in telling}))}
    specific = {t: s for t, s in by_type.items() if t not in GENERIC_TYPES}
    by_type = {t: s for t, s in by_type.items()  # "the helicopters attacked": one act
               if t not in absorbable or s.start in own_dead
               or not any(same_act(s, specific[o]) for o in _absorbers(s, specific))}
    for sub_type in [t for t in by_type if yields(t, labelled, by_type)]:
        by_type.pop(sub_type)
    by_type = _become_beside(by_type, partial)
    if "arrests" in by_type:  # "46 people were arrested ..., including for rioting": the charge, no riot
        by_type = {t: s for t, s in by_type.items() if not (codebook.entry(t).event_type in CROWD_ACTORS
                                                            and named_as_offence(s))}
    for sub_type in list(by_type):
        if sub_type in by_type and not is_anaphoric(by_type[sub_type]):  # "the killings came after fighting"
            entry = codebook.entry(sub_type)
            for absorbed in entry.absorbs:
                if absorbed in by_type and by_type[absorbed].start not in partial:
                    by_type.pop(absorbed)
    return list(by_type.items()) + separate_acts(by_type, labelled)
