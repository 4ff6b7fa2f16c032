"""Who acted on whom: the sentence's actor mentions linked to the trigger, then what the codebook
and the paragraph add (the crowd of a protest, an unnamed perpetrator or force, a perpetrator
from a neighbouring sentence, "both sides"), and the re-typing by target or by actor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.events.anaphora import resolve_group_anaphora
from sitrep.events.captives import seized_people
from sitrep.events.kinds import CROWD_ACTORS, CROWD_TYPES, ORGANISED_ARMED_TYPES
from sitrep.events.mention import EventMention, Flag
from sitrep.events.speaker_forces import speaker_forces
from sitrep.model import Evidence
from sitrep.nlp.affiliation import link_affiliated
from sitrep.nlp.state_agents import foreign_owner, state_agents
from sitrep.nlp.arguments import (INTERVENING_TYPES, context_only, evidence_of, defender, link_actors,
                                  load_role_conventions, main_parties, reports_or_observes, suffers_in_own_sentence)
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import contains_phrase, load_cues
from sitrep.nlp.triggers import fought_without_a_force, names_cue_group

if TYPE_CHECKING:
    from sitrep.nlp.actors import ActorDictionary


def choose_actors(mention: EventMention, trigger: Span, entry, *, country: str | None,
                  actors: ActorDictionary, article_mentions=()) -> None:
    """Fill actor1/actor2 (with their evidence and flags) of a mention of the codebook ``entry``'s
    type, told by ``trigger``; then re-type it by its target or its actor (:func:`retype`).
    ``article_mentions``: the actors the whole article names (whom a retaken town was taken from)."""
    sent = trigger.sent
    sub_type = mention.sub_event_type
    found = resolve_group_anaphora(actors.find(sent, country=country, targets=True), sent, article_mentions,
                                   actors)
    found = link_affiliated(found, sent.doc)  # "gunmen from the X gang": the named group
    found = state_agents(sent, found, actors)  # "Russia shelled Kherson": Russia's military
    found = foreign_owner(found, country, article_mentions)  # "the Israeli military said soldiers ...": Israel's
    linked = link_actors(found, trigger, event_type=entry.event_type, sub_event_type=sub_type,
                         normalise=lambda text: actors.normalise(text, country=country),
                         article_mentions=article_mentions)
    mention.actor1, mention.actor2 = linked.actor1, linked.actor2
    mention.actor1_evidence, mention.actor2_evidence = linked.actor1_evidence, linked.actor2_evidence
    held_off = entry.event_type == "battles" and mention.actor2 is not None and defended_by_actor1(mention, trigger)
    if held_off:
        attackers_first(mention)
    if linked.actor2_targeted and not held_off:
        mention.flags.add(Flag.ACTOR2_TARGETED)
    if entry.event_type in CROWD_ACTORS and (mention.actor1 is None or mention.actor1.type == "civilians"):
        crowd = actors.normalise(CROWD_ACTORS[entry.event_type], country=country)
        mention.actor1 = replace(crowd, mention=mention.actor1.mention if mention.actor1 else None)
        if mention.actor1_evidence is None:
            mention.actor1_evidence = evidence_of(trigger)  # the protest itself implies its crowd
    elif entry.event_type not in CROWD_ACTORS:
        parties_referred_to(mention, sent, country, actors)
        speaker_forces(mention, trigger, country, actors)  # "X said its forces took ...": X's force
        actors_from_context(mention, sent, country, actors)
        same_kind_sides(mention, sent)
        if mention.actor1 is None and entry.unnamed_actor1 and (  # no perpetrator named anywhere near
                mention.actor2 is not None or not entry.unnamed_actor1_needs_actor2):
            mention.actor1 = actors.normalise(entry.unnamed_actor1, country=country)
            mention.flags.add(Flag.ACTOR1_UNNAMED)
    conv = load_role_conventions().get(sub_type)
    if conv is not None and conv.force_from_context and mention.actor2 is None:
        force_from_context(mention, sent, country, actors)
    if mention.actor2 is None and entry.unnamed_actor2:  # tear gas, live rounds: a force intervened
        mention.actor2 = replace(actors.normalise(entry.unnamed_actor2, country=country), mention=trigger.text)
        mention.actor2_evidence = evidence_of(trigger)
        mention.flags.add(Flag.ACTOR2_UNNAMED)
    unarmed = mention.actor2 is None and unarmed_victims_only(trigger)
    two_sided = any(t.lemma_.lower() in load_cues().reciprocal_triggers for t in trigger)
    retype(mention, entry, trigger_lemma=trigger.root.lemma_.lower(), unarmed_victims=unarmed,
           two_sided=two_sided)
    implied = load_role_conventions().get(mention.sub_event_type)
    if unarmed and mention.actor2 is None and implied is not None and implied.unnamed_actor2:
        # the unarmed dead that made it an attack on civilians are its target
        mention.actor2 = actors.normalise(implied.unnamed_actor2, country=country)
        mention.actor2_evidence = evidence_of(trigger)
        mention.flags.add(Flag.ACTOR2_UNNAMED)
    mention.rival_crowds = two_sided and rival_crowds(mention, trigger)
    if mention.event_type == "battles" and mention.actor1 is not None and mention.actor2 is not None \
            and not held_off and sides_by_attempt(mention, trigger):  # read after re-typing by the dead
        attackers_first(mention)
    seized_people(mention, trigger)


def defended_by_actor1(mention: EventMention, trigger: Span) -> bool:
    """actor1 is the side that held the battle off (:func:`defender`): the subject of the
    defence verb, or the speaker a pronoun subject stands for ("the army said they repelled")."""
    side, evidence = defender(trigger), mention.actor1_evidence
    if side is None or evidence is None:
        return False
    if side.pos_ == "PRON":
        verb_span = {t.idx for t in side.head.subtree}
        return not any(evidence.start_char <= i < evidence.end_char for i in verb_span)
    phrase = [t for t in side.subtree]
    return phrase[0].idx < evidence.end_char and evidence.start_char < phrase[-1].idx + len(phrase[-1])


def attempted(trigger: Span) -> tuple[Token, str] | None:
    """The side killed in a battle while trying something, and whether that was an assault
    ("militants who tried to storm the base were shot dead": "attacked") or a stopping
    ("troops died while trying to halt the rebel column": "defended"), from the trying clause on
    the dead or on the verb that killed them (``cues.json``: ``attempt_verbs``,
    ``assault_verbs``, ``stopping_verbs``, ``defence_verbs``)."""
    cues = load_cues()
    verb = trigger.root
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    dead = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if dead is None:
        return None
    clauses = [c for c in dead.children if c.dep_ in {"relcl", "acl"}] + \
        [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    for clause in clauses:
        if clause.lemma_.lower() not in cues.attempt_verbs:
            continue
        goal = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if goal is None:
            continue
        if goal.lemma_.lower() in cues.assault_verbs:
            return dead, "attacked"
        if goal.lemma_.lower() in cues.stopping_verbs | cues.defence_verbs:
            return dead, "defended"
    return None


def sides_by_attempt(mention: EventMention, trigger: Span) -> bool:
    """The parse's sides are the wrong way round by what the dead tried to do (:func:`attempted`):
    actor2 died trying to storm, or actor1 died trying to hold the other side off."""
    found = attempted(trigger)
    if found is None:
        return False
    dead, role = found
    evidence = mention.actor2_evidence if role == "attacked" else mention.actor1_evidence
    return evidence is not None and evidence.start_char <= dead.idx < evidence.end_char


def attackers_first(mention: EventMention) -> None:
    """A battle told from the defenders' side ("troops repelled an attack by militants", "the
    raid was repulsed by the army") was started by the side held off: the parse reads the
    defender as the doer, so the two sides change places (an unnamed attacker is left to the
    paragraph and the article to find)."""
    mention.actor1, mention.actor2 = mention.actor2, mention.actor1
    mention.actor1_evidence, mention.actor2_evidence = mention.actor2_evidence, mention.actor1_evidence


def paragraph_neighbours(sent: Span) -> list[Span]:
    """The sentences just before and after, if they are in the same paragraph."""
    doc = sent.doc
    out = []
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws:
        out.append(doc[sent.end].sent)
    return out


def actors_from_context(mention: EventMention, sent: Span, country: str | None, actors: ActorDictionary) -> None:
    """Fill a missing perpetrator, or the missing opponent of a battle, from the neighbouring
    sentences of the paragraph ("... clashed on Sunday. Al Shabaab claimed the attack.")."""
    needs_actor1 = mention.actor1 is None
    needs_actor2 = mention.actor2 is None and mention.event_type == "battles"
    if not (needs_actor1 or needs_actor2):
        return
    taken = {a.name for a in (mention.actor1, mention.actor2) if a is not None}
    for other in paragraph_neighbours(sent):
        for found in actors.find(other, country=country):
            actor = found.actor
            if actor.type not in ORGANISED_ARMED_TYPES or actor.name in taken or reports_or_observes(found, sent.doc):
                continue
            if needs_actor1 and suffers_in_own_sentence(found, sent.doc):
                continue  # "... threw a grenade. A policeman sustained injuries.": the victim, not the thrower
            if needs_actor1 and context_only(found, sent.doc):
                continue  # "An insurgency led by X persists. A bomb went off ...": context, not the bomber
            if not needs_actor1 and mention.actor1 is not None and actor.type == mention.actor1.type != "state_forces":
                continue  # "the militants attacked ..." beside "Al-Shabaab ...": one side, not its opponent
            evidence = Evidence(found.start_char, found.end_char, found.text)
            if needs_actor1:
                mention.actor1, mention.actor1_evidence, needs_actor1 = actor, evidence, False
            elif needs_actor2:
                mention.actor2, mention.actor2_evidence, needs_actor2 = actor, evidence, False
            taken.add(actor.name)
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)
            if not (needs_actor1 or needs_actor2):
                return


#: Sides of a battle of two of one kind: armed groups outside the state.
SAME_KIND_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: How many words after the quantifier its kind noun may stand ("two rival sub-clans").
KIND_REACH = 4


def counts_two_of_a_kind(sent: Span) -> bool:
    """The sentence counts the sides as two of one kind: a quantifier on a kind noun ("youths of
    the two communities", "rival gangs", "gunmen of two clans"; ``cues.json``:
    ``same_kind_quantifiers``, ``same_kind_nouns``)."""
    cues = load_cues()
    kind = cues.same_kind_nouns

    def names_kind(tok: Token) -> bool:
        return tok.lemma_.lower() in kind or tok.lower_.rstrip("s") in kind

    doc = sent.doc
    return any(t.lower_ in cues.same_kind_quantifiers
               and any(names_kind(n) for n in doc[t.i + 1: min(t.i + 1 + KIND_REACH, sent.end)])
               for t in sent)


def _told_in(evidence: Evidence | None, sent: Span) -> bool:
    """The evidence lies inside the sentence (not lent by a neighbouring one)."""
    return evidence is not None and sent.start_char <= evidence.start_char and evidence.end_char <= sent.end_char


def same_kind_sides(mention: EventMention, sent: Span) -> None:
    """A battle told as fought between two of one kind (:func:`counts_two_of_a_kind`: "youths of
    the two communities fought", "rival gangs battled") was fought by that kind on
    both sides: the non-state side found stands for both, not a state force (or no one) that a
    neighbouring sentence lent. Two different groups found stay as they are."""
    if mention.event_type != "battles" or not counts_two_of_a_kind(sent):
        return
    pairs = ((mention.actor1, mention.actor1_evidence), (mention.actor2, mention.actor2_evidence))
    sides = [(a, e) for a, e in pairs if a is not None and a.type in SAME_KIND_TYPES]
    if not sides or len({a.name for a, _ in sides}) > 1:
        return
    if any(a is not None and a.type not in SAME_KIND_TYPES and _told_in(e, sent) for a, e in pairs):
        return  # "troops battled two rebel factions": the sentence's own state side stands
    actor, evidence = sides[0]
    mention.actor1, mention.actor1_evidence = actor, evidence
    mention.actor2, mention.actor2_evidence = actor, evidence


def force_from_context(mention: EventMention, sent: Span, country: str | None, actors: ActorDictionary) -> None:
    """The force that faced a riot its sentence tells without one, from the neighbouring
    sentences of the paragraph ("... torched cars and shops. Police fired tear gas ..."): the
    first state (or UN) force there that is not only a speaker (``actor_roles.json``:
    ``force_from_context``)."""
    for other in paragraph_neighbours(sent):
        for found in actors.find(other, country=country):
            if found.actor.type not in INTERVENING_TYPES or reports_or_observes(found, sent.doc):
                continue  # police hurt by the stones are the side the riot faced; police who report it are not
            mention.actor2 = found.actor
            mention.actor2_evidence = Evidence(found.start_char, found.end_char, found.text)
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)
            return


def parties_referred_to(mention: EventMention, sent: Span, country: str | None, actors: ActorDictionary) -> None:
    """ "Both sides freed detainees": an agreement that names its parties only as "both sides"
    is between the article's main government side and its main armed opponent."""
    if mention.sub_event_type != "agreement" or (mention.actor1 and mention.actor2):
        return
    if not contains_phrase(sent.text, load_cues().party_references):
        return
    government, opponent = main_parties(actors.find(sent.doc, country=country))
    for name, found in (("actor1", government), ("actor2", opponent)):
        if getattr(mention, name) is None and found is not None:
            setattr(mention, name, found.actor)
            setattr(mention, f"{name}_evidence", Evidence(found.start_char, found.end_char, found.text))
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def unarmed_victims_only(trigger: Span) -> bool:
    """The dead or wounded the trigger's clause reports are all unarmed people ("stormed the
    village, killing 21 people", "killing Ruiz and six others", "killed three Canadians"), none
    of them combatants (no combatant noun anywhere in a victim's phrase: "Sergeant X")."""
    from sitrep.events.clauses import clause_verb

    cues = load_cues()
    clause = {t.i for t in clause_verb(trigger).subtree}
    unarmed = armed = False
    for verb in trigger.sent:
        if verb.i not in clause or verb.lemma_.lower() not in cues.toll_verbs or verb.pos_ != "VERB":
            continue
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                   or c.dep_ == "nsubj" and verb.lemma_.lower() == "die"]
        victims += [c for v in list(victims) for c in v.conjuncts]
        for noun in victims:
            head = noun
            if noun.lemma_.lower() in ("some", "many", "dozens", "scores", "hundreds", "one", "all") \
                    or noun.like_num:  # "killing some patients", "two of the guards"
                head = next((c for p in noun.children if p.dep_ == "prep" for c in p.children), noun)
            lemma = head.lemma_.lower()
            named = {t.lemma_.lower() for t in head.subtree}
            if named & cues.armed_victim_nouns:  # "Sergeant X", "two Malian soldiers"
                armed = True
            elif lemma in cues.unarmed_victim_nouns or _named_person(head):
                unarmed = True
    return unarmed and not armed


def _named_person(noun) -> bool:
    """A victim named as a person ("killing Ruiz", "killed Mr Okafor") or by nationality
    ("three Canadians"): not a combatant unless the phrase says so."""
    return noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" and noun.tag_ == "NNPS"


def retype(mention: EventMention, entry, *, trigger_lemma: str, unarmed_victims: bool = False,
           two_sided: bool = False) -> None:
    """Apply the codebook's by_target / by_actor rules (civilians attacked, who took territory).
    A clash is fought by both sides: "clashes between people from the two groups killed 18"
    stays a clash whoever the dead were, and so does a trigger phrase holding a word of two-sided
    fighting ("two_sided": "civilians killed in the crossfire"). With no target named, an attack
    whose clause counts only unarmed dead ("unarmed_victims") targeted civilians."""
    targets = dict(entry.by_target)
    if targets and trigger_lemma not in load_cues().reciprocal_triggers and not two_sided:
        victim_civilian = unarmed_victims or mention.actor2 is not None and mention.actor2.type == "civilians"
        victim_armed = mention.actor2 is not None and mention.actor2.type in ORGANISED_ARMED_TYPES
        new = targets.get("civilians") if victim_civilian else targets.get("armed") if victim_armed else None
        if new:
            mention.sub_event_type = new
            mention.event_type = load_codebook().entry(new).event_type
    # who acted: only an actor the sentence itself names
    if mention.actor1 is not None and Flag.ACTOR_FROM_CONTEXT not in mention.flags:
        new = type_by_actor(entry, mention.actor1.type)
        if new is None and crowd_fought(mention, trigger_lemma):
            new = type_by_actor(entry, mention.actor2.type)
            attackers_first(mention)  # the crowd is the riot's actor1, the force it fought actor2
        if new is not None:
            mention.sub_event_type = new
            mention.event_type = load_codebook().entry(new).event_type


def rival_crowds(mention: EventMention, trigger: Span) -> bool:
    """A riot fought between crowds ("supporters of the two candidates clashed", "a clash
    between ruling party men and opposition supporters"): the sentence names crowds as its sides
    (codebook cue group ``crowd_sides``) and no state force as the other side, so the crowd is
    actor2 as well as actor1 (``actor_roles.json``: ``rival_crowds``), not the civilians or
    nobody. Only where actor2 is still one of those: a force or group read as the other side stays."""
    conv = load_role_conventions().get(mention.sub_event_type)
    a2 = mention.actor2
    return (conv is not None and conv.rival_crowds and bool(conv.crowd)
            and (a2 is None or a2.type == "civilians")
            and names_cue_group(trigger.sent, "crowd_sides") and fought_without_a_force(trigger))


def crowd_fought(mention: EventMention, trigger_lemma: str) -> bool:
    """A force told fighting a crowd ("police battled protesters", "troops clashed with
    rioters"): a fight is two-sided, so the crowd it names as the other side rioted just as
    when it is the subject. Only with a reciprocal trigger word: "police attacked protesters"
    is not the crowd's doing."""
    a1, a2 = mention.actor1, mention.actor2
    return (a1 is not None and a2 is not None and a1.type == "state_forces" and a2.type in CROWD_TYPES
            and trigger_lemma in load_cues().reciprocal_triggers)


def type_by_actor(entry, actor_type: str) -> str | None:
    """The sub-event type the codebook's ``by_actor`` rule of ``entry`` gives an act by an actor
    of ``actor_type`` (who took a town, a crowd that clashed), None when it says nothing."""
    by_actor = dict(entry.by_actor)
    return next((by_actor[k] for k in actor_kinds(actor_type) if k in by_actor), None)


def actor_kinds(actor_type: str) -> tuple[str, ...]:
    """The codebook ``by_actor`` kinds of an actor type, the most precise first: a crowd
    (protesters, rioters) is also a non-state actor."""
    if actor_type == "state_forces":
        return ("state",)
    return ("crowd", "non_state") if actor_type in CROWD_TYPES else ("non_state",)


