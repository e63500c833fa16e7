"""Words that make up people's names, and the detector that proposes names not in the registry.

Text is cut into tokens that keep their original spelling (capitalisation is evidence) and their
folded form (matching ignores case and accents). A *name run* is a stretch of capitalised tokens,
with the particles of surnames (von, de, bin ...) between them, that no sentence punctuation
interrupts; a line break does not interrupt it, so a name wrapped across two lines stays whole.

Unknown names are proposed from name runs that start with a known given name. The given names
come from the `gender-guesser` package (Jörg Michael's curated dictionary of ~45,000 first names
from every European country, Russia, Ukraine, Turkey, the Arab world, Israel, China and more):
small (4 MB), read in about a tenth of a second, no network. A candidate is *confident* when the
text also marks it as a person: a role word (minister, Sprecherin, porte-parole, portavoz ...), a
title (Mr, Dr, Herr, M., Mme, Sr ...) or a speech verb ("X said", "según X") in English, German,
French, Spanish, Portuguese, Italian or Polish.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..text import fold

# ---- tokens ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")
# What may stand between two tokens of one name: a space or line break, a hyphen (also one that
# ends a wrapped line), an apostrophe (O'Brien) or the dot of an initial ("J. D. Vance").
_INNER_GAP = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?|[ \t]*-[ \t]*(?:\r?\n[ \t]*)?|['’]|\.[ \t]*")
POSSESSIVE = re.compile(r"['’]s?$|['’]s(?=\W|$)")

PARTICLES = frozenset(
    "von van der den de del della delle di da das dos do du la le los las ter ten zu bin ben ibn "
    "al el af av".split())
# Particles that may open a surname; the others only follow one ("von der", "de la", "van den").
LEADING_PARTICLES = PARTICLES - {"der", "den", "la", "le", "los", "las"}


@dataclass(frozen=True)
class Token:
    text: str       # as written
    key: str        # folded: lower case, no accents, transliterated
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        """Upper case first letter, or a script without case (Chinese, Arabic ...)."""
        first = self.text[0]
        return first.isupper() or (first.isalpha() and not first.islower())

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        key = "".join(_TOKEN.findall(fold(match.group())))
        if key:
            tokens.append(Token(match.group(), key, match.start(), match.end()))
    return tokens


def joins(text: str, left: Token, right: Token) -> bool:
    """True when `left` and `right` can belong to one name (no sentence break between them)."""
    gap = text[left.end:right.start]
    if not _INNER_GAP.fullmatch(gap):
        return False
    if gap in ("'", "’") and right.key == "s":          # a possessive, not O'Brien
        return False
    if gap.startswith(".") and len(left.text) > 2:      # a full stop, not an initial
        return False
    return True


def name_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Stretches of capitalised tokens (particles allowed inside) that may hold names."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        nameish = token.capitalised and not token.text[0].isdigit()
        particle = not token.capitalised and current and (
            token.key in LEADING_PARTICLES
            or (token.key in PARTICLES and current[-1].key in PARTICLES and not current[-1].capitalised))
        if current and not joins(text, current[-1], token):
            runs.append(current)
            current = []
        if nameish or particle:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and run[-1].key in PARTICLES and not run[-1].capitalised:
            run = run[:-1]
        if run:
            out.append(run)
    return out


def is_headline(line: str) -> bool:
    """A Title Case line (a headline): capitals there say nothing about names."""
    words = re.findall(r"[^\W\d_]{4,}", line)
    # 0.8, not less: German prose capitalises every noun
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


# ---- word lists --------------------------------------------------------------------------------

# Everyday words of the six languages; the given-names dictionary holds many of them ("The",
# "In", "Bei", "Per", "Come") and none of them is ever part of a person's name in news text.
FUNCTION_WORDS = frozenset(fold(w) for w in """
the a an and or but if in on at to for from by with as is was are be been this that these those
it its he she they we you i his her their our my your of not no yes all any some one two new old
more most also only even just so then than when where who what which how why here there now
after before over under up down out about into through during without within again while
der die das den dem des ein eine einen einem und oder aber wenn im am an auf aus bei mit nach seit
vor zu zum zur fur uber unter durch gegen ohne um ist sind war waren wird werden hat haben sie er
es wir ihr ich nicht kein keine auch noch schon nur wie als dass dann denn doch ja nein alle viele
mehr neue neuen heute gestern morgen hier dort da man sich
le la les un une des du de et ou mais si en dans sur sous avec pour par sans chez entre vers
contre il elle ils elles nous vous je on ce cet cette ces son sa ses leur leurs est sont etait ont
pas plus aussi tres bien tout tous toute toutes meme comme quand ou qui que quoi selon apres avant
depuis pendant lors alors ainsi encore deja
el los las unos unas y o pero con sin por para sobre hasta desde hacia segun durante tras ante
bajo era fue han ha mas muy tambien ya como cuando donde quien este esta estos estas ese esa
aquel su sus nuestro todo todos toda todas otro otra
os as um uma uns umas em no na nos nas sem ate apos sao foi tem nao muito onde quem isso seu sua
seus suas
lo i gli uno e ma tra fra di del della dei degli delle al alla ai agli alle nel nella sul sulla
sono hanno non piu molto anche gia dove chi che questo questa quello quella suo suoi sue tutto
tutti tutta tutte altro altra dopo prima secondo
""".split())

# Entries of the given-names dictionary that in news text are mostly titles, places, months or
# common words; they never start a proposed name.
NOT_GIVEN = FUNCTION_WORDS | frozenset(fold(w) for w in """
general major king queen justice prince princess earl duke lord lady sir dame bishop pope
paris israel india georgia jordan china florence victoria sydney austin houston orlando chelsea
brooklyn europa america asia africa crimea donbas kiev kyiv odessa berlin london geneva vienna
riga doha riyadh iran syria france abu san santa sao saint
january february march april may june july august september october november december
januar februar marz juni juli oktober dezember janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto octubre
noviembre diciembre janeiro fevereiro marco maio junho julho setembro outubro dezembro gennaio
febbraio aprile maggio giugno luglio settembre ottobre dicembre
monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi sabato domenica
will grant bill said hope faith chance summer winter autumn spring page art rich sunny
president minister premier chancellor senator governor stati
""".split())

# Capitalised words that are never the second or third word of a person's name.
NOT_SURNAME = FUNCTION_WORDS | frozenset(fold(w) for w in """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
president minister prime chancellor secretary general spokesperson spokesman spokeswoman
ambassador envoy commissioner director chief head adviser advisor professor
europe european union eu nato un usa us uk ukraine ukrainian russia russian kremlin moscow
kyiv kiev washington brussels berlin paris london rome madrid warsaw germany france italy spain
poland china chinese israel iran gaza america american germans french german british britain
council commission parliament government ministry office house senate congress bundestag
street avenue city airport hotel university institute club party foundation group bank
north south east west northern southern eastern western new dhabi uniti unidos unis staaten
""".split())

HONORIFICS = ("mr mrs ms miss dr prof professor herr frau m mme mlle monsieur madame sr sra srta "
              "senor senora don dona dom sig sigra signor signora dott dottssa sir dame lord lady "
              "gen col adm sen rep").split()

# Role words, folded; German compounds ("Verteidigungsminister", "Regierungssprecherin") are
# caught by the stems that may carry a prefix.
_COMPOUND_STEMS = (
    "minister", "ministerin", "ministre", "ministro", "ministra", "prasident", "prasidentin",
    "kanzler", "kanzlerin", "sprecher", "sprecherin", "sekretar", "sekretarin", "chef", "chefin",
    "experte", "expertin", "berater", "beraterin", "kommissar", "kommissarin", "botschafter",
    "botschafterin", "vorsitzende", "vorsitzender", "leiter", "leiterin", "direktor", "direktorin",
    "analyst", "analystin", "politologe", "politologin", "abgeordnete", "abgeordneter",
    "burgermeister", "burgermeisterin", "gesandte", "gesandter", "diplomat", "diplomatin",
    "unterhandler", "forscher", "forscherin", "okonom", "okonomin", "general",
    "wissenschaftler", "wissenschaftlerin", "historiker", "historikerin", "jurist", "juristin",
    "anwalt", "anwaltin", "soziologe", "soziologin", "beauftragte", "beauftragter", "vertreter",
    "vertreterin", "richter", "richterin", "professorin",
    "funktionar", "funktionarin", "befehlshaber", "kommandeur", "manager", "managerin",
)
_ROLE_WORDS = (
    # English
    "president", "vice-president", "premier", "chancellor", "spokesperson", "spokesman",
    "spokeswoman", "analyst", "expert", "ambassador", "envoy", "secretary", "commissioner", "chief",
    "head", "director", "adviser", "advisor", "professor", "researcher", "economist", "leader",
    "chair", "chairman", "chairwoman", "chairperson", "senator", "governor", "mayor", "lawmaker",
    "legislator", "official", "negotiator", "deputy", "ceo", "founder", "fellow", "scholar",
    "historian", "politician", "representative", "commander", "colonel", "admiral", "rapporteur",
    "mp", "mep", "speaker", "candidate", "activist", "dissident", "opposition", "strategist",
    "aide", "counsellor", "counselor", "consultant", "scientist", "specialist", "pm", "fm",
    "lawyer", "attorney", "judge", "prosecutor", "lecturer", "executive", "officer", "economist",
    "convenor", "convener", "organiser", "organizer", "campaigner", "steward",
    # members of the European Parliament, in their languages
    "eurodiputado", "eurodiputada", "eurodepute", "eurodeputee", "europarlamentare", "eurodeputado",
    "eurodeputada", "europosel", "europoslanka",
    # Greek (folded: "αναλυτής" → "analytis", "υπουργός" → "ypourgos")
    "analytis", "analytria", "ypourgos", "ypourgou", "proedros", "prothypourgos", "ekprosopos",
    "vouleftis", "diplomatis", "kathigitis", "kathigitria", "erevnitis", "erevnitria", "dimarchos",
    "presvis", "epitropos",
    # Lithuanian, Latvian, Estonian (folded)
    "ministras", "ministre", "prezidentas", "premjeras", "premjere", "ekonomistas", "ekonomiste",
    "analitikas", "analitike", "ekspertas", "eksperte", "atstovas", "atstove", "politologas",
    "politologe", "ministrs", "prezidents", "premjers", "ekonomists", "analitikis", "eksperts",
    "majandusteadlane", "analuutik", "ekspert",
    # Swedish, Danish, Norwegian (folded)
    "aklagare", "kammaraklagare", "talesperson", "forskare", "ordforande", "statsminister",
    "utrikesminister", "forsvarsminister", "anklager", "aklager", "forsker",
    # family: "her father, Siim Kallas", "sein Sohn", "su esposa", "sua moglie"
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow",
    "vater", "mutter", "sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester", "witwe",
    "pere", "mere", "fils", "fille", "epouse", "mari", "frere", "soeur", "veuve",
    "padre", "madre", "hijo", "hija", "esposa", "esposo", "marido", "hermano", "hermana", "viuda",
    "pai", "mae", "filho", "filha", "irmao", "irma", "viuva",
    "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "vedova",
    # French
    "porte-parole", "analyste", "expert", "experte", "ambassadeur", "ambassadrice", "envoye",
    "envoyee", "secretaire", "commissaire", "directeur", "directrice", "conseiller",
    "conseillere", "chercheur", "chercheuse", "professeur", "economiste", "politologue",
    "depute", "deputee", "senateur", "senatrice", "maire", "dirigeant", "dirigeante",
    "diplomate", "negociateur", "negociatrice", "representant", "representante", "chancelier",
    "chanceliere", "presidente", "patron", "patronne", "specialiste",
    # Spanish
    "presidente", "presidenta", "canciller", "portavoz", "analista", "experto", "experta",
    "embajador", "embajadora", "enviado", "enviada", "secretario", "secretaria", "comisario",
    "comisaria", "jefe", "jefa", "director", "directora", "asesor", "asesora", "investigador",
    "investigadora", "profesor", "profesora", "economista", "politologo", "politologa",
    "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "lider",
    "diplomatico", "diplomatica", "negociador", "negociadora", "mandatario", "mandataria",
    # Portuguese
    "chanceler", "porta-voz", "especialista", "perito", "embaixador", "embaixadora",
    "secretario", "comissario", "comissaria", "chefe", "diretor", "diretora", "assessora",
    "conselheiro", "conselheira", "pesquisador", "pesquisadora", "deputado", "deputada",
    "prefeito", "prefeita", "diplomata",
    # Italian
    "presidentessa", "cancelliere", "portavoce", "esperto", "esperta", "ambasciatore",
    "ambasciatrice", "inviato", "inviata", "segretario", "segretaria", "commissario",
    "commissaria", "capo", "direttore", "direttrice", "consigliere", "consigliera",
    "ricercatore", "ricercatrice", "professore", "professoressa", "politologo", "politologa",
    "deputato", "deputata", "senatore", "senatrice", "sindaco", "leader", "negoziatore",
    "rappresentante", "generale",
    # Dutch
    "woordvoerder", "woordvoerster", "hoogleraar", "deskundige", "analist", "voorzitter",
    "fractievoorzitter", "burgemeester", "ambassadeur", "onderzoeker", "econoom", "kamerlid",
    "staatssecretaris", "directeur", "minister-president",
    # Czech and Slovak (folded: "politoložka" → "politolozka")
    "politolog", "politolozka", "analytik", "analyticka", "ministr", "ministryne", "premier",
    "premierka", "prezident", "prezidentka", "mluvci", "predseda", "predsedkyne", "poslanec",
    "poslankyne", "velvyslanec", "velvyslankyne", "ekonom", "ekonomka", "expertka", "reditel",
    "reditelka", "starosta", "starostka", "hejtman", "hejtmanka",
    # Polish (folded: "przewodniczący" → "przewodniczacy")
    "prezydent", "premier", "minister", "wiceminister", "rzecznik", "rzeczniczka", "ekspert",
    "ekspertka", "analityk", "analityczka", "szef", "szefowa", "przewodniczacy", "przewodniczaca",
    "posel", "poslanka", "senator", "burmistrz", "prezes", "prezeska", "dyrektor", "dyrektorka",
    "ambasador", "ambasadorka", "profesor", "profesorka", "doradca", "doradczyni", "wojewoda",
    "marszalek", "komisarz", "general", "rolnik", "lider", "liderka",
)
ROLE = re.compile(
    r"(?<![\w-])(?:\w*(?:" + "|".join(sorted(_COMPOUND_STEMS, key=len, reverse=True)) + r")(?:s|n|en|nen)?"
    r"|(?:" + "|".join(sorted(map(re.escape, set(_ROLE_WORDS)), key=len, reverse=True)) + r")s?)(?![\w-])")

_SPEECH_VERBS = (
    # English
    "said", "says", "told", "added", "stressed", "noted", "explained", "warned", "argued",
    "insisted", "insists", "believes", "believed", "wrote", "writes", "stated", "commented",
    "declared", "announced", "urged", "replied", "acknowledged", "suggested", "predicted",
    "admitted", "tweeted", "posted", "recalled", "emphasised", "emphasized", "cautioned", "asked",
    "thinks", "argues", "notes", "warns", "adds",
    # German
    "sagte", "sagt", "erklarte", "erklart", "betonte", "betont", "warnte", "warnt", "meinte",
    "meint", "kritisierte", "forderte", "schrieb", "sprach", "zufolge", "fugte",
    # French
    "a declare", "a dit", "a affirme", "a souligne", "a estime", "a explique", "a ajoute",
    "a averti", "a assure", "a indique", "a precise", "explique", "estime", "declare", "affirme",
    "souligne", "dit", "ajoute", "previent",
    # Spanish
    "dijo", "afirmo", "declaro", "senalo", "explico", "aseguro", "anadio", "subrayo", "advirtio",
    "indico", "sostuvo", "dice", "afirma", "asegura", "senala", "explica", "ha dicho",
    "ha afirmado", "ha declarado", "ha senalado", "ha explicado", "ha asegurado",
    # Portuguese
    "disse", "afirmou", "declarou", "explicou", "acrescentou", "sublinhou", "alertou",
    "garantiu", "diz", "defendeu", "considerou",
    # Italian
    "ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto",
    "ha sottolineato", "ha avvertito", "ha annunciato", "afferma", "spiega", "sottolinea",
    # Spanish, more
    "pidio", "reclamo", "insistio", "critico", "defendio", "recordo", "destaco", "anuncio",
    # Greek (folded: "δήλωσε" → "dilose")
    "dilose", "eipe", "tonise", "ektima", "ypogrammise", "simeiose", "prosthese", "anefere",
    # French, more (after the name)
    "a lache", "a confie", "a raconte", "a temoigne", "a deplore", "a insiste", "a reconnu",
    # Lithuanian, Latvian, Estonian (folded)
    "pazymi", "sake", "teige", "teigia", "sako", "pabreze", "teica", "sacija", "uzsvera", "noradija",
    "utles", "sonas", "markis",
    # Swedish, Danish, Norwegian (folded)
    "sager", "sade", "meddelade", "uppger", "skriver", "betonar", "siger", "sagde", "sier",
    # Portuguese, more
    "anunciou", "falou", "referiu", "admitiu", "reconheceu", "acusou", "prometeu", "lembrou",
    # Czech and Slovak (folded)
    "rekl", "rekla", "uvedl", "uvedla", "upozornuje", "upozornil", "upozornila", "dodal", "dodala",
    "prohlasil", "prohlasila", "zduraznil", "zduraznila", "napsal", "napsala", "varoval", "varovala",
    "povedal", "povedala", "uviedol", "uviedla",
    # Dutch
    "zei", "zegt", "stelt", "stelde", "verklaarde", "benadrukte", "waarschuwde", "schreef",
    # German, more
    "nannte", "bezeichnete", "verwies", "mahnte", "bekraftigte", "raumte", "erinnerte",
    # Polish (past tense, masculine and feminine; present "mowi")
    "powiedzial", "powiedziala", "zapowiedzial", "zapowiedziala", "stwierdzil", "stwierdzila",
    "podkreslil", "podkreslila", "dodal", "dodala", "ocenil", "ocenila", "zaznaczyl",
    "zaznaczyla", "oswiadczyl", "oswiadczyla", "przekonywal", "przekonywala", "mowil", "mowila",
    "napisal", "napisala", "ostrzegl", "ostrzegla", "zapewnil", "zapewnila", "mowi",
)
SPEECH_AFTER = re.compile(
    r"^[\"'”’»)]?\s*(?:,\s*)?"
    # an affiliation between the name and the verb: "X of the advocacy group Y said"
    r"(?:(?:of|from|at|with|von|de|du|des|del|della|di)\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:(?:has|have|had|also|then|later|previously|hat|habe|a|ha|aveva|"
    r"avait|habia|tambien|aussi|anche|auch|ainda)\s+){0,2}(?:"
    + "|".join(sorted(map(re.escape, _SPEECH_VERBS), key=len, reverse=True)) + r")(?![\w-])")
SPEECH_BEFORE = re.compile(
    r"(?<![\w-])(?:said|says|told|adds|added|notes|noted|explains|explained|warns|warned|"
    r"according to|laut|nach angaben von|sagt|sagte|erklart|erklarte|betont|betonte|meint|"
    # after a quotation, the verb comes first: «…», osserva X; « … », explique X; "…", zegt X
    r"selon|d'apres|explique|souligne|estime|ajoute|affirme|observe|precise|note|resume|"
    r"segun|de acuerdo con|dijo|explica|senala|anade|afirma|apunta|advierte|subraya|"
    r"segundo|disse|secondo|per|ha detto|osserva|spiega|aggiunge|sottolinea|dice|commenta|"
    r"conclude|avverte|a declare|volgens|aldus|zegt|zei|stelt|wedlug|zdaniem|mowi|sager|sa|sade|"
    r"lache|confie|raconte|temoigne|deplore|insiste|tranche|glisse|assure|reconnait|regrette|martele|"
    r"uppger|enligt|siger|ifolge|sier)\s*,?\s*$")
HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(HONORIFICS) + r")\.?\s*$")
ROLE_BEFORE = re.compile(
    r"(?:" + ROLE.pattern + r")(?:\s+(?:of|for|to|at|des|der|du|de|del|di|da|for)\s+[\w'’ -]{2,40}?)?"
    r"\s*[,:]?\s*$")
APPOSITION_AFTER = re.compile(
    r"^\s*[,(–—-]\s*(?:(?:the|a|an|der|die|das|ein|eine|le|la|l'|un|une|el|una|o|um|uma|il|lo|"
    r"its|his|her|their|sein|seine|ihr|ihre|son|sa|ses|su|sus|seu|sua|suo|sua|former|ex|"
    r"ehemalige|ehemaliger|ancien|ancienne|antiguo|antigua|ex-)\s+)*(?:[\w'’-]+\s+){0,4}?"
    + ROLE.pattern)


def has_role_before(context: str) -> bool:
    """Role word or honorific right before a name: "defence minister X", "Dr X", "M. X"."""
    context = fold(context)[-90:]
    return bool(ROLE_BEFORE.search(context) or HONORIFIC_BEFORE.search(context))


def has_cue_after(context: str) -> bool:
    """"X said", "X, an expert at ...", "X (analyst)"."""
    context = fold(context)[:90]
    return bool(SPEECH_AFTER.search(context) or APPOSITION_AFTER.search(context))


def has_speech_before(context: str) -> bool:
    return bool(SPEECH_BEFORE.search(fold(context)[-40:]))


# ---- given names -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded first names from gender-guesser's dictionary, less words that are rarely names."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    names = set()
    for line in data.splitlines():
        if line[:1] in ("#", "=") or len(line) < 30:
            continue
        name = line[3:29].strip()
        for variant in {name.replace("+", "-"), name.replace("+", " ")}:
            key = fold(variant)
            if len(key) > 1:
                names.add(key)
    return frozenset((names | _MORE_GIVEN) - NOT_GIVEN)


# First names in the news that the dictionary lacks: it predates Ukraine's 2010 official
# transliteration (Tymur, Heorhii, Yevhen, -ii endings) and has gaps in Central Asian and Baltic
# names.
_MORE_GIVEN = frozenset("""
tymur tymofii tymofiy heorhii yevhen arsenii liudmyla halyna zakhar ramzan kassym sadyr shavkat
emomali gitanas gabrielius hanno mykhailo oleksii serhii yurii andrii vitalii valerii anatolii
dmytrii kostiantyn vsevolod crin hunor
""".split())


def is_given_name(token: Token, lower_words: set[str]) -> bool:
    """A capitalised token that is a first name and not, in this text, an everyday word."""
    return (token.capitalised and not token.all_caps and token.key in given_names()
            and token.key not in lower_words)


def lower_case_words(tokens: list[Token]) -> set[str]:
    """Words the text also writes in lower case ("will", "may", "costa"): everyday words there."""
    return {t.key for t in tokens if t.text.islower()}


# ---- unknown names -----------------------------------------------------------------------------


@dataclass
class Candidate:
    """A name the text uses like a person's that the registry does not know."""

    name: str
    count: int = 0
    confident: bool = False
    context: str = ""
    cues: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    """A short one-line excerpt around text[start:end]."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    left = text.rfind(" ", 0, left + 1) + 1 if left else 0
    right_space = text.find(" ", right)
    right = right_space if right_space != -1 else len(text)
    out = re.sub(r"\s+", " ", text[left:right]).strip()
    return ("…" if left else "") + out + ("…" if right < len(text) else "")


def _candidate_tokens(run: list[Token], i: int, text: str) -> list[Token] | None:
    """Given name at run[i] plus one or two more name words ("José Manuel Albares",
    "João Gomes Cravinho"); particles join the word they introduce ("Bart De Wever")."""
    words: list[list[Token]] = [[run[i]]]
    j = i + 1
    while j < len(run) and len(words) < 3:
        token = run[j]
        particle = token.key in PARTICLES and j + 1 < len(run)     # "De Wever", "von der Leyen"
        if token.key in NOT_SURNAME and token.capitalised and not particle:
            break
        gap = text[run[j - 1].end:token.start]
        glued = gap in ("'", "’") or gap.startswith("-")
        after_particle = run[j - 1].key in PARTICLES and len(words[-1]) and words[-1][-1] is run[j - 1] \
            and j - 1 > i
        if glued or after_particle:
            words[-1].append(token)
        else:
            words.append([token])
        j += 1
    while words and all(not t.capitalised for t in words[-1]):
        words.pop()
    if len(words) < 2:
        return None
    tokens = [t for w in words for t in w]
    while tokens and not tokens[-1].capitalised:
        tokens.pop()
    return tokens


def detect_candidates(text: str, known) -> dict[str, Candidate]:
    """Capitalised 2-3 word sequences that start with a given name and are not registered people.

    `known(start, end) -> bool` says whether text[start:end] overlaps a registered person's
    mention; those are left to the matcher. Candidates are keyed by their folded name.
    """
    tokens = tokenize(text)
    lower_words = lower_case_words(tokens)
    found: dict[str, Candidate] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    in_heading = _heading_lines(text)
    for run in name_runs(text, tokens):
        if in_heading(run[0].start):
            continue                            # headings: capitals there are typography
        i = 0
        while i < len(run):
            if not is_given_name(run[i], lower_words):
                i += 1
                continue
            picked = _candidate_tokens(run, i, text)
            if not picked or known(picked[0].start, picked[-1].end):
                i += 1
                continue
            name = re.sub(r"\s+", " ", text[picked[0].start:picked[-1].end])
            name = POSSESSIVE.sub("", name)
            if picked[-1].all_caps:
                name = " ".join(w.capitalize() for w in name.split())
            key = fold(name)
            candidate = found.setdefault(key, Candidate(name))
            spans.setdefault(key, []).append((picked[0].start, picked[-1].end))
            i = run.index(picked[-1]) + 1
    by_key: dict[str, list[int]] = {}
    for k, token in enumerate(tokens):
        by_key.setdefault(token.key, []).append(k)
    for key, candidate in found.items():
        _count_and_weigh(candidate, spans[key], text, tokens, by_key)
    return found


def _heading_lines(text: str):
    """`in_heading(offset)`: is the line holding this offset a heading? Each line judged once."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    verdicts: dict[int, bool] = {}

    def in_heading(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        if index not in verdicts:
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
            line = text[starts[index]:end]
            verdicts[index] = line.lstrip().startswith("#") or is_headline(line)
        return verdicts[index]

    return in_heading


def _count_and_weigh(candidate: Candidate, spans: list[tuple[int, int]], text: str,
                     tokens: list[Token], by_key: dict[str, list[int]]) -> None:
    """Count full and surname-alone mentions; note the cues that mark the name as a person's."""
    surname_key = fold(candidate.surname)
    mentions = list(spans)
    covered = {s for s, _ in spans}
    for k in by_key.get(surname_key, ()):
        token = tokens[k]
        if token.capitalised and token.start not in covered:
            before = tokens[k - 1] if k else None
            if before and before.end >= token.start - 2 and before.capitalised and \
                    before.key in given_names():
                continue                        # "Other Surname": somebody else of that name
            if not any(s <= token.start < e for s, e in spans):
                mentions.append((token.start, token.end))
    candidate.count = len(mentions)
    first = spans[0]
    candidate.context = snippet(text, *first)
    for start, end in sorted(mentions):
        before, after = text[max(0, start - 120):start], text[end:end + 120]
        after = POSSESSIVE.sub("", after[:2]) + after[2:] if after[:1] in "'’" else after
        cue = ("role" if has_role_before(before) else "said" if has_speech_before(before)
               else "after" if has_cue_after(after) else None)
        if cue:  # the first cue decides; later mentions add nothing (and would cost O(n) each)
            candidate.cues.append(cue)
            candidate.context = snippet(text, start, end)
            candidate.confident = True
            break
