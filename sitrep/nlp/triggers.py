"""spaCy component ``sitrep_triggers_v1``: marks event triggers typed by the codebook.

Writes ``doc.spans["triggers"]``: one span per trigger phrase, labelled with its ACLED
sub-event type. Where phrases of several types overlap, the more specific type (higher
codebook priority) wins, then the longer phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.nlp.codebook import Codebook, load_codebook, phrase_to_pattern
from sitrep.nlp.cues import contains_phrase, load_cues
from sitrep.nlp.names import in_proper_name
from sitrep.nlp.scenes import scene_of_shooting
from sitrep.nlp.sentences import ents_within, per_span, sentences, span_text, verb_doers

DATE_ENTS = frozenset({"DATE", "TIME"})
#: the dashes that end a dateline ("DONETSK, March 3 - Shells landed ...")
DASHES = frozenset({"-", "–", "—", "--"})
#: Suffix of the matcher keys of the head-noun phrases.
HEAD_NOUN = "head-noun"
#: Suffix of the matcher keys of the act phrases (never a participle describing a noun).
ACT = "act"
#: Suffix of the matcher keys of the noun phrases.
NOUN = "noun"
#: Suffix of the matcher keys of the outranking phrases.
OUTRANKING = "outranking"
#: Suffix of the matcher keys of the place-subject phrases.
PLACE_SUBJECT = "place-subject"
CROWD_DOER = "crowd-doer"
#: Suffix of the matcher keys of the phrases an armed force does to a place.
ARMED_PLACE = "armed-place"
#: Suffix of the matcher keys of the phrases only an armed force's doing makes a trigger.
ARMED_DOER = "armed-doer"
#: an article lends a cue group when at least this many of its sentences with triggers name
#: it, and at least this share of them (a protest report also tells arrests, fires, tolls)
ARTICLE_CUE_SENTENCES = 2
ARTICLE_CUE_SHARE = 1 / 3
NOT_TRIGGER_ENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "WORK_OF_ART", "LAW"})


#: A year as a bare number (1900-2099).
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def named_by_year_alone(span: Span) -> bool:
    """Whether the trigger noun is named by a bare year ("the 2021 coup", "a 2011 uprising",
    "Russia's 2022 invasion"): a reference to history dated only to its year, which is never an
    act to code (a year-only event is not annotated). "the February 2021 coup" has its month:
    the year hangs on the month, not on the noun, and the act stays."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("nummod", "compound", "amod") and YEAR_NUMBER.fullmatch(c.text)
               and c.i < root.i for c in root.children)


class TriggerTagger:
    def __init__(self, nlp: Language, codebook: Codebook) -> None:
        self.codebook = codebook
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.lemmatizer = lemmatizer
        tables = getattr(lemmatizer, "lookups", None)
        self.irregular_verbs: dict[str, list[str]] = (
            dict(tables.get_table("lemma_exc").get("verb", {}))
            if tables is not None and tables.has_table("lemma_exc") else {})
        # Plain phrases go to a PhraseMatcher on lemmas (fast); phrases with a "*" gap need the
        # token Matcher. Both match the same lower-cased lemmas.
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.gapped = Matcher(nlp.vocab)
        self.priority = {e.sub_event_type: e.priority for e in codebook.entries}
        self.transitive = {e.sub_event_type: frozenset(e.transitive_senses) for e in codebook.entries}
        self.armed_senses = {e.sub_event_type: frozenset(e.armed_senses) for e in codebook.entries}
        self.object_senses = {e.sub_event_type: {verb: frozenset(nouns) for verb, nouns in e.object_senses}
                              for e in codebook.entries}
        self.referred_by = {e.sub_event_type: frozenset(e.referred_by) for e in codebook.entries}
        self.referred_by_bare = {e.sub_event_type: frozenset(e.referred_by_bare) for e in codebook.entries}
        self.referring_marks = {e.sub_event_type: frozenset(e.referring_marks) for e in codebook.entries}
        self.standing_senses = {e.sub_event_type: frozenset(e.standing_senses) for e in codebook.entries}
        self.setting_nouns = {e.sub_event_type: frozenset(e.setting_nouns) for e in codebook.entries}
        self.scene_senses = {e.sub_event_type: frozenset(e.scene_senses) for e in codebook.entries}
        self.stored_senses = {e.sub_event_type: frozenset(e.stored_senses) for e in codebook.entries}
        self.found_senses = {e.sub_event_type: frozenset(e.found_senses) for e in codebook.entries}
        self.freed_by = {e.sub_event_type: frozenset(e.freed_by) for e in codebook.entries}
        self.spoils_cues = {e.sub_event_type: e.spoils_cues for e in codebook.entries}
        self.outranks = {e.sub_event_type: frozenset(e.outranks) for e in codebook.entries if e.outranks}
        #: cue group -> sub-event types whose triggers name it, for the groups an article can lend
        self.article_cues = {group: frozenset(types) for group, types in codebook.article_cues}
        #: matcher key -> (sub-event type, cue groups one of which the sentence must have)
        self.keys: dict[str, tuple[str, tuple[str, ...]]] = {}
        #: matcher key -> the test a match must pass (the place-subject and head-noun phrases)
        self.conditions: dict[str, Callable[[Span], bool]] = {}
        #: the lemmas that begin a gapped phrase, and the most tokens one can span: the token
        #: Matcher runs only on the stretches of text that begin with such a lemma (None: on all)
        self.gapped_starts: set[str] | None = set()
        self.gapped_length = 0
        #: first lemma -> a token Matcher of only the gapped patterns that can begin with it (a
        #: Matcher tries every pattern at every token; most begin with another lemma)
        self._gapped_by_start: dict[str, Matcher] = {}
        #: phrases whose words trigger nothing ("riot police" are no riot)
        self.inert = PhraseMatcher(nlp.vocab, attr="LEMMA")
        inert = [Doc(nlp.vocab, words=words, lemmas=words) for p in codebook.inert_phrases for words in _expand(p)]
        if inert:
            self.inert.add("inert", inert)
        #: every word of the codebook's phrases (the lemmas a trigger can be made of)
        self.trigger_words = frozenset(word for entry in codebook.entries
                                       for phrase in (*entry.phrases, *entry.place_subject_phrases,
                                                      *entry.crowd_doer_phrases, *entry.armed_place_phrases,
                                                      *entry.armed_doer_phrases,
                                                      *entry.head_noun_phrases, *entry.noun_phrases,
                                                      *entry.act_phrases,
                                                      *entry.outranking_phrases,
                                                      *(p for _, p in entry.cued_phrases))
                                       for token in phrase.split() for word in token.split("|"))
        for entry in codebook.entries:
            self._add(nlp, entry.sub_event_type, entry.sub_event_type, entry.phrases, entry.needs)
            for group in dict(entry.cued_phrases):
                phrases = [p for g, p in entry.cued_phrases if g == group]
                self._add(nlp, f"{entry.sub_event_type}@{group}", entry.sub_event_type, phrases, (group,))
                if group in codebook.crowd_only_cues:
                    self.conditions[f"{entry.sub_event_type}@{group}"] = fought_without_a_force
                if group in codebook.state_doer_cues:
                    self.conditions[f"{entry.sub_event_type}@{group}"] = not_done_by_non_state_force
            if entry.head_noun_phrases:
                key = f"{entry.sub_event_type}@{HEAD_NOUN}"
                self._add(nlp, key, entry.sub_event_type, entry.head_noun_phrases, ())
                self.conditions[key] = heads_its_phrase
            if entry.act_phrases:
                key = f"{entry.sub_event_type}@{ACT}"
                self._add(nlp, key, entry.sub_event_type, entry.act_phrases, ())
                self.conditions[key] = not_describing_a_noun
            if entry.outranking_phrases:
                self._add(nlp, f"{entry.sub_event_type}@{OUTRANKING}", entry.sub_event_type,
                          entry.outranking_phrases, ())
            if entry.noun_phrases:
                key = f"{entry.sub_event_type}@{NOUN}"
                self._add(nlp, key, entry.sub_event_type, entry.noun_phrases, ())
                self.conditions[key] = headed_by_noun
            if entry.place_subject_phrases:
                key = f"{entry.sub_event_type}@{PLACE_SUBJECT}"
                self._add(nlp, key, entry.sub_event_type, entry.place_subject_phrases, ())
                self.conditions[key] = said_of_a_place
            if entry.crowd_doer_phrases:
                key = f"{entry.sub_event_type}@{CROWD_DOER}"
                self._add(nlp, key, entry.sub_event_type, entry.crowd_doer_phrases, ())
                self.conditions[key] = done_by_crowd
            if entry.armed_doer_phrases:
                key = f"{entry.sub_event_type}@{ARMED_DOER}"
                self._add(nlp, key, entry.sub_event_type, entry.armed_doer_phrases, ())
                self.conditions[key] = armed_force_does
            if entry.armed_place_phrases:
                key = f"{entry.sub_event_type}@{ARMED_PLACE}"
                self._add(nlp, key, entry.sub_event_type, entry.armed_place_phrases, ())
                self.conditions[key] = armed_force_into_place

    def _add(self, nlp: Language, key: str, label: str, phrases, needs: tuple[str, ...]) -> None:
        plain: list[Doc] = []
        gapped = []
        for phrase in phrases:
            tokens = phrase.split()
            if "*" in tokens:
                pattern = phrase_to_pattern(phrase, self.codebook.gap_words)
                gapped.append(pattern)
                self._note_gapped(nlp, key, pattern)
                continue
            plain.extend(Doc(nlp.vocab, words=words, lemmas=words) for words in _expand(phrase))
        if plain:
            self.phrases.add(key, plain)
        if gapped:
            self.gapped.add(key, gapped)
        self.keys[key] = (label, needs)

    def _note_gapped(self, nlp: Language, key: str, pattern: list[dict]) -> None:
        first = pattern[0].get("LEMMA", {}).get("IN") if pattern and "OP" not in pattern[0] else None
        lengths = [_max_tokens(p) for p in pattern]
        if self.gapped_starts is None or first is None or None in lengths:
            self.gapped_starts = None
            return
        self.gapped_starts.update(first)
        self.gapped_length = max(self.gapped_length, sum(lengths))
        for lemma in first:
            self._gapped_by_start.setdefault(lemma, Matcher(nlp.vocab)).add(key, [pattern])

    def _gapped_matches(self, doc: Doc, starts: list[int]) -> list[tuple[int, int, int]]:
        """The token Matcher's matches, found only from the tokens where a gapped phrase can
        begin, each with the patterns that begin with its lemma, in the stretch a match from it
        can cover (the Matcher's predicates are set lookups called per token and pattern, and
        most of a Doc holds no such lemma)."""
        if self.gapped_starts is None:
            return self.gapped(doc)
        found = []
        for i in starts:
            window = doc[i:min(len(doc), i + self.gapped_length)]
            found += [(key, i, e + i) for key, s, e in self._gapped_by_start[doc[i].lemma_](window) if s == 0]
        return found

    def _drop_outranked(self, found: list[Span], winning: list[Span] = ()) -> list[Span]:
        """Triggers overlapped by one of a type that outranks theirs (codebook ``outranks``), or
        by an outranking phrase of another type (codebook ``outranking_phrases``)."""
        strong = [s for s in found if s.label_ in self.outranks]
        return [s for s in found if not any(
            s.label_ in self.outranks[o.label_] and o.start < s.end and s.start < o.end for o in strong)
            and not any(w.label_ != s.label_ and w.start < s.end and s.start < w.end for w in winning)]

    @staticmethod
    def _governors(span: Span, steps: int = 4) -> list[str]:
        """Lemmas of the words above the trigger, up to its clause's verb ("the ceasefire" in
        "accused them of violating the ceasefire": violate)."""
        lemmas = []
        tok = span.root
        for _ in range(steps):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            lemmas.append(tok.lemma_.lower())
            if tok.pos_ == "NOUN":
                lemmas.append(f"{tok.lemma_.lower()}/NOUN")  # "a halt to the fighting", not "halted the offensive"
            if tok.pos_ in ("VERB", "AUX"):
                break
        return lemmas

    @staticmethod
    def _referring_words(span: Span) -> list[str]:
        """The words that may make a trigger noun a reference: its governors, the verbs of the
        clauses hung on it that tell what became of it ("a truce that collapsed", "the truce
        expired" parsed as a clause on the noun; not "a deal to end the war" nor "a deal ending
        it", which tell its aim) and a determiner that denies it ("no ceasefire")."""
        root = span.root
        words = TriggerTagger._governors(span)
        for child in root.children:
            if child.dep_ in ("acl", "relcl") and child.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
                words.append(child.lemma_.lower())
            elif child.dep_ == "det":
                words.append(child.lower_)
        return words

    def _has_cue(self, sent: Span, groups: tuple[str, ...]) -> bool:
        """Whether the sentence has a cue of one of ``groups``; words of a date are no cue
        ("on March 16" tells no march)."""
        return any(names_cue_group(sent, g, self.codebook) for g in groups)

    def _lent_by_article(self, found: list[Span], lent: list[tuple[Span, tuple[str, ...]]]) -> list[Span]:
        """The cued matches whose cue group the article lends: a good share of its sentences with
        a trigger, and more than one, name the group by a cue or a trigger of its types (in a
        report on riots, police and youths who "clashed" riot; a battle report that mentions
        one march keeps its clashes battles)."""
        if not lent:
            return []
        sents = {s.sent.start: s.sent for s in found} | {s.sent.start: s.sent for s, _ in lent}
        kept = []
        for group in {g for _, needs in lent for g in needs if g in self.article_cues}:
            telling = {s.sent.start for s in found if s.label_ in self.article_cues[group]}
            telling |= {start for start, sent in sents.items() if self._has_cue(sent, (group,))}
            if len(telling) >= ARTICLE_CUE_SENTENCES and len(telling) >= ARTICLE_CUE_SHARE * len(sents):
                kept += [span for span, needs in lent if group in needs]
        return kept

    def _opening_noun_lemma(self, token: Token, lemma: str) -> str:
        """The lemma of a capitalised word opening a sentence or following a dateline's dash that
        the tagger took for a name ("KHARTOUM, June 5 - Drones struck ..."): a name keeps its surface form ("drones"), so
        the phrases of the weapon ("drone strike") would never match. When the word read as a
        common noun has a trigger word as lemma, that lemma is the token's."""
        if self.lemmatizer is None or token.ent_type_ or not token.is_title or not token.is_alpha:
            return lemma
        token.pos_ = "NOUN"
        try:
            noun = self.lemmatizer.rule_lemmatize(token)[0].lower()
        finally:
            token.pos_ = "PROPN"
        lower = token.lower_
        # a name's morphology is singular, so the lemmatizer leaves "Shells" whole: its singular too
        singulars = (lower[:-1], lower[:-2]) if lower.endswith("s") else ()
        for noun in (noun, *singulars):
            if noun != lower and noun in self.trigger_words:
                token.lemma_ = noun
                return noun
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        starts = []  # where a gapped phrase may begin
        gapped_starts = self.gapped_starts or ()
        for token in doc:  # match "Airstrikes" in a Title Case headline like "airstrikes"
            lemma, pos = token.lemma_, token.pos_
            if not lemma.islower():
                token.lemma_ = lemma = lemma.lower()
            if pos == "VERB" and lemma == (lower := token.lower_):
                # an irregular past the tagger took for a present ("retook"/VBP keeps "retook"):
                # the lemmatizer's own table of irregular verb forms knows its lemma
                base = self.irregular_verbs.get(lower)
                if base:
                    token.lemma_ = lemma = base[0]
            if pos == "PROPN" and (token.is_sent_start or token.i and doc[token.i - 1].text in DASHES):
                lemma = self._opening_noun_lemma(token, lemma)
            if pos in ("VERB", "NOUN") and lemma not in self.trigger_words:
                # "raped" read as a form of "rap", "bases" as a plural of "basis": the trigger
                # word the inflection can come from
                guess = _trigger_stem(token.lower_, self.trigger_words)
                if guess:
                    token.lemma_ = lemma = guess
            if lemma in gapped_starts:
                starts.append(token.i)
        found: list[Span] = []
        winning: list[Span] = []  # matches of outranking phrases
        yielding: list[Span] = []  # matches of armed-doer phrases: any other trigger on them wins
        lent: list[tuple[Span, tuple[str, ...]]] = []  # cued matches whose cue only the article may give
        gapped = [m for m in self._gapped_matches(doc, starts) if _within_one_sentence(doc, m[1], m[2])]
        matches = sorted(set(self.phrases(doc)) | set(gapped), key=lambda m: (m[1], m[2], m[0]))
        for match_id, start, end in matches:
            key = doc.vocab.strings[match_id]
            label, needs = self.keys[key]
            span = Span(doc, start, end, label=label)
            condition = self.conditions.get(key)
            if condition is not None and not condition(span):
                continue
            if all(t.ent_type_ in NOT_TRIGGER_ENTS and t.pos_ != "VERB" for t in span):
                continue  # "March" the month, "Strike" in a name; a verb inside a name is a tagging slip
            if in_proper_name(doc, start, end):
                continue  # "the Front for the Liberation of X", "the March 9 Movement": a name
            root = span.root
            if root.lemma_ in self.transitive[label] and any(c.dep_ == "dobj" for c in root.children):
                continue  # "demonstrated the same resilience" is no demonstration
            if root.lemma_ in self.armed_senses[label] and done_by_armed_force(span):
                continue  # "fighters marched into the town" is no protest march
            other_sense = self.object_senses[label].get(root.lemma_)
            if other_sense and any(o.lemma_.lower() in other_sense for o in acted_on(root)):
                continue  # "executed arrest warrants", "captured on video": no killing, no ground
            if self.referred_by[label] and self.referred_by[label] & set(self._referring_words(span)):
                continue  # "broke the truce", "called for a ceasefire", "since the truce": no new agreement
            if self.referred_by_bare[label] and not _made_in_own_clause(span) \
                    and self.referred_by_bare[label] & set(self._governors(span)):
                continue  # "troops deployed under a bilateral agreement": an accord made before
            if self.referring_marks[label] and self.referring_marks[label] & set(_subject_clause_marks(span)):
                continue  # "the deadliest clashes since a truce was declared": the truce is a start point
            if named_by_year_alone(span):
                continue  # "since the 2021 coup", "a 2019 bombing": history dated by its year only
            if root.lemma_ in self.standing_senses[label] and describes_a_standing_activity(span):
                continue  # "militias fighting over the mines": what they do, not a fight
            if label == "arrests" and rounded_up_to_harm(span):
                continue  # "insurgents rounded up the farmers and slaughtered them": no arrest
            if label == "disrupted_weapons_use" and intercepts_no_weapon(span):
                continue  # "the coast guard intercepted a dinghy": people stopped, no weapon
            if root.lemma_ in self.setting_nouns[label] and after_a_preposition(root):
                continue  # "seized the town in a lightning offensive": the campaign, not an act
            if root.lemma_ in self.scene_senses[label] and scene_of_shooting(root):
                continue  # "a gunman opened fire at a campaign rally": the attack's scene, no protest
            if root.lemma_ in self.stored_senses[label] and held_in_store(root):
                continue  # "a cache of rifles and grenades": arms found, none thrown
            if root.lemma_ in self.found_senses[label] and taken_by_finders(root):
                continue  # "dismantled explosive devices", "seizing grenades": arms found, none used
            if self.freed_by[label] and names_the_freed(span, self.freed_by[label]):
                continue  # "rescued 14 kidnapped passengers": the captives freed, no abduction told
            if carried_as_arms(span):
                continue  # "youths armed with rifles and grenades attacked": their arms, no grenade attack
            if self.spoils_cues[label] and contains_phrase(span_text(span.sent), self.spoils_cues[label]):
                continue  # "recovered rifles after a gunfight": the fight's spoils, part of the fight
            if needs and not self._has_cue(span.sent, needs):
                if any(g in self.article_cues for g in needs):
                    lent.append((span, needs))
                continue
            if key.endswith(f"@{ARMED_DOER}"):
                yielding.append(span)
                continue
            found.append(span)
            if key.endswith(f"@{OUTRANKING}"):
                winning.append(span)
        found += self._lent_by_article(found, lent)
        found += [y for y in yielding if not any(s.start < y.end and y.start < s.end for s in found)]
        inert = [(start, end) for _, start, end in self.inert(doc)]
        found = [s for s in self._drop_outranked(found, winning) if not any(a < s.end and s.start < b for a, b in inert)]
        found.sort(key=lambda s: (-self.priority[s.label_], -(s.end - s.start), s.start))
        taken: set[int] = set()
        kept: list[Span] = []
        for span in found:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            kept.append(span)
        doc.spans["triggers"] = sorted(kept, key=lambda s: s.start)
        return doc


def _subject_clause_marks(span: Span) -> list[str]:
    """The words opening the clause whose subject the trigger noun is ("since" in "since a truce
    was declared")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [c.lower_ for c in root.head.children if c.dep_ == "mark"]


def names_cue_group(sent: Span, group: str, codebook: Codebook | None = None) -> bool:
    """Whether the sentence has a cue of the codebook's cue group ``group``, read as trigger
    matching reads cues (lemmas and words, its dates blanked out)."""
    text = _cue_text(sent)
    return any(f" {cue}" in text for cue in (codebook or load_codebook()).cues(group))


def _cue_text(sent: Span) -> str:
    """The sentence's lemmas and lower-cased words, its dates blanked out, as the cue search reads
    them; made once per Doc and sentence (the lemmas are final once the tagger has mended them)."""
    return per_span(sent, "sitrep_cue_texts", _make_cue_text)


def _make_cue_text(sent: Span) -> str:
    raw = span_text(sent).lower()
    for ent in ents_within(sent):
        if ent.label_ in DATE_ENTS:
            a, b = ent.start_char - sent.start_char, ent.end_char - sent.start_char
            raw = raw[:a] + " " * (b - a) + raw[b:]
    lemmas = " ".join(t.lemma_.lower() for t in sent if t.ent_type_ not in DATE_ENTS)
    return " " + lemmas + " " + raw + " "


def _expand(phrase: str) -> list[list[str]]:
    """The word sequences a plain phrase stands for ("air strike|raid": two)."""
    return [list(combo) for combo in product(*(t.split("|") for t in phrase.split()))]


def _trigger_stem(form: str, words: frozenset[str]) -> str | None:
    """The trigger verb an inflected form comes from when the lemmatizer cut it to another word
    ("raped", "rapes", "raping" -> "rape", not "rap")."""
    for suffix, stem_end in (("ed", "e"), ("es", "e"), ("ing", "e")):
        if form.endswith(suffix) and (stem := form[: -len(suffix)] + stem_end) in words:
            return stem
    return None


def heads_its_phrase(span: Span) -> bool:
    """The trigger noun heads its phrase: not a modifier of another noun ("coup leaders") nor
    joined to a prefix that turns it into a stance ("anti-coup", "pro-coup"); a noun joined to
    such a modifier modifies too ("a search-and-arrest operation")."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i:
        root = root.head
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    before = root.doc[max(0, span.start - 2):span.start]
    return not (len(before) == 2 and before[1].text == "-" and before[0].lower_ in ("anti", "pro"))


def not_describing_a_noun(span: Span) -> bool:
    """The trigger is no participle set before a noun to describe it ("a kidnapped doctor was
    freed", "families of the abducted girls"): such a word names victims of an act told
    elsewhere, not the act."""
    return span.root.dep_ != "amod"


def headed_by_noun(span: Span) -> bool:
    """The trigger's head word is a noun: "strikes on the depot" tell an attack, "the deal was
    struck on Monday" none."""
    return span.root.pos_ in ("NOUN", "PROPN")


def acted_on(verb) -> list:
    """What a verb acts on: its object or passive subject (a verb joined to another shares that
    one's: "the plan was drawn up and executed"), or what it was done 'on' ("captured on video")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.dep_ == "conj":
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects + [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "from")
                      for o in p.children if o.dep_ == "pobj"]  # "withdrew from the area": raiders leaving


def is_armed_doer(token: Token) -> bool:
    """A word for an armed force ("gunmen", "rebels"), or a word for people the text calls armed
    (cue list ``armed_modifiers`` on it: "armed men", "heavily armed individuals")."""
    cues = load_cues()
    return token.lemma_.lower() in cues.armed_doer_nouns or token.lower_ in cues.armed_doer_nouns or (
        token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in cues.armed_modifiers for c in token.children))


def done_by_armed_force(span: Span) -> bool:
    """The trigger's doer is an armed force: the subject of the verb ("rebel fighters marched into
    the city", "hundreds of mercenaries marched on X") or the owner of the noun ("his fighters'
    march on the capital")."""
    cues = load_cues()
    root = span.root
    doers = [c for c in root.children if c.dep_ == ("nsubj" if root.pos_ == "VERB" else "poss")]
    doers += [c for d in list(doers) for c in d.conjuncts]
    doers += [o for d in list(doers) if d.lemma_.lower() in cues.collective_nouns or d.like_num
              for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(is_armed_doer(d) for d in doers)


#: types whose armed-doer verbs take the doer of the verb they are joined to: "bandits killed nine
#: and carried off 20 others" (the kill verb of an attack does not: its doer is told apart more often)
SHARED_DOER_TYPES = frozenset({"abduction_forced_disappearance"})


def shares_armed_doer(verb: Token) -> bool:
    """A joined verb or participle with no subject of its own whose head verb's subject is an
    armed force: "bandits killed nine and carried off 20", "gunmen stormed the village, killing
    six and carrying off 20 women"."""
    cues = load_cues()
    while verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers:
            return any(is_armed_doer(d) for d in doers + [c for d in doers for c in d.conjuncts])
    return False


def armed_force_does(span: Span) -> bool:
    """The trigger verb is done by an armed force: its subject when active ("the army killed
    the commander") or its passive agent ("he was killed by government forces")."""
    verb = span.root
    if verb.pos_ != "VERB":
        return False
    if done_by_armed_force(span) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    if span.label_ in SHARED_DOER_TYPES and shares_armed_doer(verb):
        return True
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    agents += [c for a in list(agents) for c in a.conjuncts]
    return any(is_armed_doer(a) for a in agents)


def not_done_by_non_state_force(span: Span) -> bool:
    """The trigger verb's doer, its subject or passive agent, is no armed force outside the
    state: "police fired on the rally", "the marchers were fired on" (none named), not "a gunman
    opened fire at the rally" or "rebels fired on the procession"."""
    forces = load_cues().state_force_nouns
    verb = span.root if span.root.pos_ == "VERB" else span.root.head  # "opened fire at": the verb of the fire
    doers = verb_doers(verb)
    doers += [c for d in list(doers) for c in d.conjuncts]
    return not any(is_armed_doer(d) and d.lemma_.lower() not in forces and d.lower_ not in forces for d in doers)


def fought_without_a_force(span: Span) -> bool:
    """No state force is the other side of the fight: rival crowds that clash commit mob
    violence ("supporters of two candidates clashed"), but a crowd that clashes with the police
    is demonstrating violently, which the protest types tell."""
    forces = load_cues().state_force_nouns
    root = span.root
    sides = [o for p in root.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
             for o in p.children if o.dep_ == "pobj"]
    sides += [c for c in root.children if c.dep_ in ("dobj", "nsubj")]
    return not any(w.lemma_.lower() in forces or w.lower_ in forces for side in sides for w in side.subtree)


def done_by_crowd(span: Span) -> bool:
    """The trigger verb's doer is a crowd of unarmed people: its subject ("angry villagers beat
    the man to death", "a group of residents burned him alive") or, passive, its agent ("he was
    stoned to death by a crowd"). An armed word among the doer's words ("armed youths") makes it
    no crowd."""
    cues = load_cues()
    verb = span.root
    if verb.pos_ != "VERB":
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":  # "seized the men and burned them alive": the first verb's
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        doers = []  # "residents kidnapped and killed": a participle's subject is what it was done to
    doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    doers += [c for d in list(doers) for c in d.conjuncts]
    doers += [o for d in list(doers) if d.lemma_.lower() in cues.collective_nouns | {"group"}
              for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    crowd = [d for d in doers if d.lemma_.lower() in cues.crowd_doer_nouns or d.lower_ in cues.crowd_doer_nouns]
    return any(not any(w.lemma_.lower() in cues.armed_doer_nouns or w.lower_ == "armed" for w in d.subtree)
               for d in crowd)


def describes_a_standing_activity(span: Span) -> bool:
    """The trigger verb is a clause describing a noun, in the progressive or perfect and with no
    date of its own: it tells what a group does over time ("insurgents fighting to topple the
    junta", "an alliance which has long fought the rebels", "a valley where two clans are
    fighting a feud"), not an act. A clause of a time noun tells an act ("the next day,
    fighting at the palace killed ten")."""
    verb = span.root
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in DATE_ENTS:
        return False
    aspect = verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have")
                                       for c in verb.children)
    return aspect and not any(t.ent_type_ in DATE_ENTS for t in verb.subtree)


def names_the_freed(span: Span, verbs: frozenset[str]) -> bool:
    """The trigger names people that a verb of ``verbs`` sets free: it is (or, as a participle,
    modifies) the object or passive subject of that verb ("rescued nine kidnapped traders",
    "the abducted pupils were released", "freed 12 hostages")."""
    people = span.root.head if span.root.dep_ == "amod" else span.root
    while people.dep_ == "conj" and people.head.i != people.i:
        people = people.head  # "rescued two teachers and 12 abducted pupils"
    return people.dep_ in ("dobj", "nsubjpass") and people.head.lemma_.lower() in verbs


def held_in_store(noun: Token, steps: int = 6) -> bool:
    """A noun of a store of weapons lies above the word within a few steps ("a dump containing
    rifles and grenades", "a stash of grenades"), or, where the parse loses that link, a dozen
    words before it in the sentence ("an arms dump holding rifles and grenades"): the word
    names what the store held."""
    stores = load_cues().weapon_store_nouns

    def is_store(tok: Token) -> bool:
        return tok.lemma_.lower() in stores or tok.lower_ in stores

    tok = noun
    for _ in range(steps):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if is_store(tok):
            return True
    start = max(noun.sent.start, noun.i - 2 * steps)
    return any(is_store(t) for t in noun.doc[start:noun.i])


#: dependencies that lead from a weapon word up to what was done to it ("the discovery of 60
#: improvised explosive devices (IEDs)", "seized rifles, grenades and explosives")
_FOUND_DEPS = frozenset({"conj", "appos", "pobj", "prep", "compound", "nmod", "dobj", "nsubjpass"})


def taken_by_finders(noun: Token, steps: int = 5) -> bool:
    """The weapon word is what a verb or noun of finding, seizing or making safe acts on
    (cue list ``weapon_find_words``: "dismantled explosive devices planted under the road",
    "seizing rifles and grenades", "the discovery of 60 IEDs"): arms taken hold of before use,
    not an explosion or a grenade thrown."""
    finds = load_cues().weapon_find_words
    tok = noun
    for _ in range(steps):
        if tok.dep_ not in _FOUND_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in finds or tok.lower_ in finds:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


#: dependencies that lead from a word up to the head of its noun phrase ("rocket" in "rocket-
#: propelled grenades", a joined noun in "rifles and grenades")
_NOUN_PHRASE_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "conj"})


def carried_as_arms(span: Span) -> bool:
    """The trigger's first word is a weapon its bearers are only described with: the object of
    "with" after a participle of arming ("youths armed with rifles and rocket-propelled grenades",
    "gunmen equipped with grenades") or of a participle of carrying that modifies them
    ("militants carrying grenades stormed the base"; cue list ``armament_verbs``). The arms name
    no act of their own: the verb the bearers do tells it."""
    tok = span[0]
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    for _ in range(6):
        if tok.dep_ not in _NOUN_PHRASE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    verbs = load_cues().armament_verbs
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() in verbs  # "equipped" read as a finite verb too
    return tok.dep_ == "dobj" and head.lemma_.lower() in verbs and head.dep_ in {"acl", "advcl", "relcl"}


def rounded_up_to_harm(span: Span) -> bool:
    """A round-up ("round up", "rounded up") done by an irregular armed group ("the fighters
    rounded up men in their fields"), or joined to a killing ("were rounded up and slaughtered"):
    captives taken by attackers, not an arrest (that needs a state's forces)."""
    cues = load_cues()
    verb = span.root
    if verb.lemma_.lower() not in cues.roundup_verbs or verb.pos_ != "VERB":
        return False
    harm = cues.killing_verbs | cues.roundup_harm_verbs
    if any(c.lemma_.lower() in harm for c in verb.conjuncts):  # the head of a conj is one of them
        return True
    while verb.dep_ in ("conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.head.i != verb.i:
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [c for d in list(doers) for c in d.conjuncts]
    return any(d.lemma_.lower() in cues.irregular_armed_nouns for d in doers)


def intercepts_no_weapon(span: Span) -> bool:
    """An interception verb (cue list ``interception_verbs``) whose catch is people, a boat or a
    vehicle ("marines intercepted a speedboat", "the migrants were intercepted at sea"; cue lists
    ``intercepted_other_nouns`` and ``intercepted_craft_nouns``, or a verb joined to it that harms
    or holds people, cue list ``interception_sequel_verbs``: "were intercepted and shot"): no
    weapon was stopped, so no disrupted weapons use. A weapon named in what it acts on
    (``intercepted_weapon_nouns``: "intercepted a drone", "a boat carrying rockets", "the
    would-be bomber") keeps it one. With nothing it acts on, only a boat or vehicle named in its
    sentence tells that no weapon was stopped: people there may be those the weapon was aimed at."""
    cues = load_cues()
    verb = span.root
    if verb.lemma_.lower() not in cues.interception_verbs:
        return False
    caught = acted_on(verb)
    caught += [c for o in list(caught) for c in o.conjuncts]
    if any(t.lemma_.lower() in cues.intercepted_weapon_nouns for o in caught for t in o.subtree):
        return False
    not_weapons = cues.intercepted_other_nouns | cues.intercepted_craft_nouns
    if any(o.lemma_.lower() in not_weapons or o.lower_ in not_weapons or o.ent_type_ == "PERSON" for o in caught):
        return True
    if not caught:
        words = {t.lemma_.lower() for t in span.sent} | {t.lower_ for t in span.sent}
        return not words & cues.intercepted_weapon_nouns and bool(words & cues.intercepted_craft_nouns)
    return any(c.lemma_.lower() in cues.interception_sequel_verbs for c in verb.conjuncts)


def after_a_preposition(noun: Token) -> bool:
    """The noun, or the first of the nouns it is joined to ("the air and ground offensive"), is
    the object of a preposition."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj"


def armed_force_into_place(span: Span) -> bool:
    """An armed force does the trigger verb to a town or area: what it takes, enters or moves into
    is a place name or a settlement or territory word ("troops entered the town", "the rebels took
    the hill town of X", "rolled into the capital"), not a building ("gunmen entered the hotel"),
    and its object, when it has one, is that place ("took part in a rally in the capital")."""
    verb = span.root
    if verb.pos_ != "VERB" or not done_by_armed_force(span):
        return False
    goals = [c for c in verb.children if c.dep_ == "dobj"]
    goals += [c for g in list(goals) for c in g.conjuncts]
    if goals:  # what was taken or entered decides ("took part in a parade in the capital" is none)
        return any(_names_a_place(g) and _of_a_place(g) for g in goals)
    goals += [o for t in span for p in t.children if p.dep_ == "prep" and p.lower_ in ("into", "in")
              for o in p.children if o.dep_ == "pobj"]
    goals += [o for t in span if t.dep_ == "prep" and t.lower_ == "into" for o in t.children if o.dep_ == "pobj"]
    return any(_names_a_place(g) for g in goals)


def _of_a_place(token) -> bool:
    """A word of a share or of control ("control", "most", "part") that has an 'of' object is a
    place only when that object is ("took back control of the building" is none); a settlement
    noun is one whatever follows ("the town of X")."""
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return (not objects or token.lemma_.lower() in load_cues().settlement_nouns
            or any(_names_a_place(o) for o in objects))


def _names_a_place(token) -> bool:
    """A place name (the place layer's, or a GPE/LOC entity) or a settlement or territory word."""
    cues = load_cues()
    places = {t.i for p in token.doc.spans.get("places", ()) for t in p}
    return ((token.i in places and token.ent_type_ != "FAC") or token.ent_type_ in {"GPE", "LOC"}
            or {token.lemma_.lower(), token.lower_} & (cues.settlement_nouns | cues.territory_words))


def said_of_a_place(span: Span) -> bool:
    """The trigger verb's subject is a place: a place name, a settlement or facility word ("the
    town fell", "two villages were conquered", "the base fell to the militants")."""
    verb = span.root
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in list(subjects) for c in s.conjuncts]
    places = {t.i for p in verb.doc.spans.get("places", ()) for t in p}
    cues = load_cues()
    settlements = cues.settlement_nouns | cues.territory_words | cues.facility_words
    return verb.pos_ == "VERB" and any(
        s.i in places or s.ent_type_ in {"GPE", "LOC", "FAC"} or s.lemma_.lower() in settlements for s in subjects)


#: the marks that end a sentence
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _within_one_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` run past no full stop: a "*" gap that does ("to disperse
    them. Demonstrations were held ...") joins words of two sentences and takes the next
    sentence's protest word away from the act it tells. (A headline's line break is left alone:
    its lines often tell one act.)"""
    return not any(doc[i].text in SENTENCE_ENDS for i in range(start, end - 1))


def _max_tokens(pattern_token: dict) -> int | None:
    """How many tokens one element of a Matcher pattern can match (None: no limit)."""
    op = pattern_token.get("OP")
    if op in (None, "!", "?"):
        return 1
    if op.startswith("{") and op.endswith("}") and op[1:-1].split(",")[-1].strip().isdigit():
        return int(op[1:-1].split(",")[-1])
    return None  # "*", "+", "{2,}"



NAME = "sitrep_triggers_v1"


@Language.factory(NAME, requires=["token.lemma"], assigns=["doc.spans"])
def make_trigger_tagger(nlp: Language, name: str) -> TriggerTagger:
    return TriggerTagger(nlp, load_codebook())


def sentences_with_triggers(doc: Doc) -> list[Span]:
    """The Doc's sentences that hold a trigger (where one crosses a line break: the sentence it
    starts in), in order: those the event layer reads events from."""
    starts = {trigger.sent.start for trigger in doc.spans.get("triggers", ())}
    return [sent for sent in sentences(doc) if sent.start in starts]


class AnnotationMissingError(LookupError):
    """A sentence without the annotation of a component that reads the sentences with triggers."""


def sentence_annotation(sent: Span, extension: str, component: str):
    """``sent._.<extension>``, which ``component`` writes on every sentence with a trigger."""
    found = sent._.get(extension)
    if found is None:
        raise AnnotationMissingError(f"no {extension} on the sentence at {sent.start_char}: the Doc was not "
                                     f"read by a pipeline with {component}, or the sentence holds no trigger")
    return found


def _made_in_own_clause(span: Span) -> bool:
    """Whether a clause hung on the trigger noun tells what became of it ("a deal reached on
    Tuesday", "an accord that was signed"): the noun then tells an act, whatever governs it."""
    return any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN", "VBZ", "VBP") for c in span.root.children)
