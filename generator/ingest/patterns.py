"""Vocabulary and patterns of the junk that surrounds articles pasted or scraped from the web.

Kept apart from the logic that uses them so they can grow with new outlets and languages
without touching the rules. All matching is on lower-cased, whitespace-normalized lines.
"""

from __future__ import annotations

import re

# Whole lines that are site chrome or UI controls, in several languages.
UI_LINES = {
    # English
    "skip to main content", "skip to content", "skip to navigation", "jump to content",
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
    "live broadcast", "live", "main slide", "beginning of the article", "end of the article",
    "select important", "share", "share this", "share this article", "share on facebook",
    "share on twitter", "share on x", "tweet", "email", "print", "copy link", "link copied",
    "listen", "listen to this article", "listen to article", "play audio", "bookmark", "save",
    "save article", "saved", "comments", "comment", "show comments", "read more", "read also",
    "see also", "more", "menu", "search", "close", "open menu", "log in", "login", "sign in",
    "sign up", "subscribe", "subscribe now", "register", "follow us", "follow", "home", "news",
    "world", "europe", "politics", "video", "photo", "photos", "gallery", "on", "off", "yes", "no",
    "top stories", "most read", "trending", "latest news", "breaking news", "related", "related articles",
    "related news", "related stories", "more on this topic", "you may also like", "recommended",
    "next article", "previous article", "back to top", "toggle navigation", "accept", "accept all",
    "reject all", "manage cookies", "cookie settings", "loading", "loading...", "click here",
    "font size", "a a a", "text size", "translate", "original", "full screen", "fullscreen",
    # German
    "zum inhalt springen", "zum hauptinhalt springen", "anzeige", "werbung", "teilen", "drucken",
    "artikel anhören", "vorlesen", "merken", "kommentare", "mehr zum thema", "lesen sie auch",
    "weitere artikel", "schließen", "anmelden", "abonnieren", "startseite",
    # French
    "aller au contenu", "aller au contenu principal", "publicité", "partager", "imprimer",
    "écouter", "écouter cet article", "lire aussi", "à lire aussi", "sur le même sujet",
    "commentaires", "s'abonner", "se connecter", "fermer", "accueil",
    # Spanish / Portuguese / Italian
    "saltar al contenido", "publicidad", "compartir", "imprimir", "escuchar", "lee también",
    "leer más", "comentarios", "suscríbete", "iniciar sesión", "pular para o conteúdo",
    "publicidade", "compartilhar", "leia também", "pubblicità", "condividi", "stampa",
    "leggi anche", "ascolta", "salta al contenuto",
    # Russian / Ukrainian
    "перейти к содержанию", "реклама", "прямой эфир", "главный слайд", "начало статьи",
    "озвучить текст", "выбрать важное", "вкл", "выкл", "поделиться", "читайте также",
    "читать далее", "комментарии", "подписаться", "войти", "главная", "новости", "поширити",
    "читайте також",
    # social networks and share targets left as bare lines
    "facebook", "x", "twitter", "linkedin", "whatsapp", "telegram", "reddit", "bluesky", "threads",
    "viber", "vk", "vkontakte", "mastodon", "instagram", "youtube", "tiktok", "pinterest", "flipboard", "xing",
    "e-mail", "mail", "copy", "copy url", "copiar enlace", "copier le lien", "link kopieren",
    "kopiuj link", "copia link", "copiar link",
    # more UI in German / French / Spanish / Italian / Portuguese / Dutch / Polish
    "alle akzeptieren", "akzeptieren", "einstellungen", "ablehnen", "suche", "menü", "mehr",
    "tout accepter", "accepter", "refuser", "paramètres", "rechercher", "menú", "buscar",
    "aceptar", "aceptar todo", "rechazar", "configuración", "suscríbete", "suscribirse",
    "accetta", "accetta tutto", "rifiuta", "cerca", "iscriviti", "accedi", "aceitar", "pesquisar",
    "assine", "entrar", "accepteren", "zoeken", "delen", "inloggen",
    "przejdź do treści", "przejdź do menu", "szukaj", "udostępnij", "komentarze", "reklama",
    "zaloguj się", "zaloguj", "subskrybuj", "wyszukaj", "drukuj", "posłuchaj", "czytaj więcej",
    "manage preferences", "manage settings", "privacy settings", "cookie preferences",
    "listen to this story", "save for later", "gift this article", "add to favorites",
    "most popular", "most viewed", "lo más leído", "lo más visto", "les plus lus", "meistgelesen",
    "più letti", "najczęściej czytane", "najpopularniejsze", "самое читаемое", "популярное",
    "te puede interesar", "también te puede interesar", "vous aimerez aussi", "das könnte sie auch interessieren",
    "potrebbe interessarti", "zobacz także", "czytaj także", "polecamy",
    "refresh", "aktualisieren", "actualiser", "actualizar", "odśwież", "обновить",
    "share this story", "share this post", "share this page", "share article", "share story",
    "check against delivery", "check against delivery!", "es gilt das gesprochene wort",
    "seul le prononcé fait foi", "sólo vale lo pronunciado", "fa fede solo il testo pronunciato",
    "view this email in your browser", "view in browser", "view online", "im browser ansehen",
    "voir la version en ligne", "ver en el navegador",
    "reuse this content", "print subscriptions", "print edition", "support us", "contribute",
    "newsletters", "podcasts", "sign in", "my account", "subscribe to our newsletter",
    "continue reading", "keep reading", "more for you", "read the full story", "read full article",
    "read the full article", "show more", "load more", "view comments", "leave a comment",
    "artikel teilen", "beitrag teilen", "seite teilen", "partager l'article", "compartir artículo",
    "condividi l'articolo", "udostępnij artykuł", "share via",
    "purchase licensing rights", "reprints and permissions", "reprints & permissions",
    # consent dialogs: their title and buttons
    "we value your privacy", "your privacy matters", "your privacy choices", "ihre privatsphäre ist uns wichtig",
    "datenschutz-einstellungen", "privatsphäre-einstellungen", "einstellungen verwalten", "optionen verwalten",
    "manage options", "i agree", "zustimmen", "gérer les options", "respect de votre vie privée",
    "tu privacidad es importante", "gestionar opciones",
}

# "Share on LinkedIn", "Udostępnij na Facebooku", "Partager sur X": share buttons in any language.
SHARE_LINE = re.compile(
    r"^(share|teilen|partager|compartir|condividi|compartilhar|udostępnij|delen|поделиться|поширити)"
    r"\s+(on|via|auf|bei|sur|par|en|por|su|no|na|w|op|в)\s+\S+( \S+)?$",
    re.I)

# Section crumbs: "Accueil | International | Europe", "Startseite › Politik › Ausland",
# "Wersja polska | English". Every part is short; two parts or more.
CRUMB_SEPARATORS = re.compile(r"\s+(?:\||›|»|>|/|·|•|»|→)\s+")

# Agency wire furniture: "UPDATE 2-", "REFILE-", "CORRECTED-" before a headline; the topic slug
# line "EU-UKRAINE/AMMUNITION"; "((Keywords: ...))"; editor sign-offs "burs-dc/jj", "jm-lb/rap/tw".
WIRE_TITLE_PREFIX = re.compile(r"^(?:(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|INSIGHT|ANALYSIS|EXCLUSIVE|"
                               r"FACTBOX|BREAKING|URGENT|FLASH|EILMELDUNG|URGENTE)(?:\s*\d+)?\s*[-:–]\s*)+")
WIRE_SLUG = re.compile(r"^[A-Z0-9][A-Z0-9&.-]*(?:/[A-Z0-9][A-Z0-9&.-]*)+$")
WIRE_KEYWORDS = re.compile(r"^\(\((?:keywords|stichworte|mots-clés)?:?.*\)\)$", re.I)
SIGN_OFF = re.compile(r"^[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6}(?:-[a-z]{2,6})*)+$")

# A place dateline without an agency: "MADRID —", "THE HAGUE –", "KYIV, March 3 -".
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'.-]+){0,3})"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s+[-–—]+\s+(?=\S)")

# A copyright line names the publisher: "© 2025 La Gazette de l'Est — Tous droits réservés".
COPYRIGHT_HOLDER = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?[.,]?\s*"
    r"(?:(?:provided|supplied) by\s+|courtesy of\s+)?"
    # a dash between spaces ends the name; one inside a name joins it ("Rhine–Vistula Institute")
    r"(?P<who>(?:[^.—–|]|(?<=\S)[—–](?=\S)){2,60}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.|,]|(?<=\s)[—–]|$)", re.I)

# Credits that name no outlet.
GENERIC_CREDITS = {"agencies", "agency", "wires", "wire services", "staff", "our correspondents",
                   "correspondents", "agencias", "agences", "agenturen", "redaktion", "redacción",
                   "rédaction", "staff writers", "news agencies", "agenzie"}

# Words for reader comments, as a counter's label ("Comments (12)") or its button ("Skomentuj (87)").
_COMMENT_WORDS = (r"comments?|comentarios?|comenta|commentaires?|commenter|kommentare?|kommentieren|commenti|"
                  r"commenta|komentarz[ey]?|komentarzy|skomentuj|reacties|reageer|comentários|comente|"
                  r"комментари[йия]|коментар[іи]?")

# Lines that are UI or page furniture when they *start* a short line.
UI_PREFIXES = re.compile(
    r"^(reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения)\b"
    r"|^\d+\s*(min|minute|minutes|mins)\.?\s*(read|de lecture|lesezeit|de lectura)?$"
    r"|^(photo|foto|image|picture|credit|credits|bild|photo credit|source image)\s*:"
    r"|^(sign up|subscribe) (for|to) (our|the)\b.*\b(newsletter|briefing|updates)"
    r"|^(follow|like) us on\b|^download (our|the) app\b"
    # "Follow us: LinkedIn | X", "Folgen Sie uns auf Instagram", "Obserwuj nas w Google News"
    r"|^(follow us|find us|folgen sie uns|folge uns|suivez-nous|síguenos|seguinos|seguici|obserwuj nas|"
    r"siga-nos|volg ons|следите за нами|стежте за нами)(\s*:|\s+(on|auf|sur|en|su|w|na|in|op|в)\b|$)"
    # comment counters: "Comments (12)", "Ver comentarios (214)", "Skomentuj (87)", "12 Kommentare"
    rf"|^((show|view|see|read|ver|voir|leer|lire|zeige|mostra|pokaż|zobacz|читать)( all| the| los| les| alle| i)? )?"
    rf"({_COMMENT_WORDS})\s*[(\[]\s*\d+\s*[)\]]$"
    rf"|^\d+\s+({_COMMENT_WORDS})$"
    # a labelled link of a print or e-mail version: "Article URL: https://…", "Link: www.…"
    r"|^((article|page|story|original|permanent|short|source) )?(url|link|permalink|web address|adresse|enlace)"
    r"\s*:\s*(https?://|www\.)\S+$"
    # a live blog's status line: "Live updates are refreshed", "Online broadcast is updated"
    r"|^(the |this )?((online|live) (broadcast|blog|coverage|ticker|updates|page|stream)|live ?blog|"
    r"live ?ticker|this page)\s+(is|are|will be)\s+(being )?(constantly |continuously |regularly |"
    r"automatically )?(updated|refreshed)\b"
    r"|^(der |dieser )?(live-?)?(ticker|blog|newsblog) wird (laufend |fortlaufend |ständig )?aktualisiert\b"
    r"|^(ce |le )?(direct|fil) est (régulièrement )?(mis à jour|actualisé)\b"
    r"|^(онлайн[- ])?трансляци[яи] обновляется|^(онлайн[- ])?трансляці[яї] оновлюється"
    r"|^(related )?(tags?|topics?|keywords|schlagworte|schlagwörter|themen|mots-clés|sujets|"
    r"etiquetas|temas|argomenti|tagi|tematy|теги|темы)\s*:"
    r"|^(advertisement|anzeige|publicité|реклама)\b.{0,30}$"
    r"|^(audio|video|podcast|galerie|gallery|vidéo|vídeo|livestream)\s*:.*\(\d+[:.]?\d*\s*(min|sec|s)\.?\)$"
    r"|^(auto-?update|auto-?refresh|live-?ticker|aktualisierung)\s*:\s*(on|off|an|aus|ein)$"
    r"|^(link to the (video|audio|photos?)|press contacts?|media contacts?|pressekontakt|contact presse|"
    r"contacto de prensa)\s*:"
    r"|^page \d+ (of|/) \d+$|^seite \d+ (von|/) \d+$|^\d+\s*/\s*\d+$"
    # audio players and language switchers
    r"|^(press play to listen|click (here )?to listen|listen to (this|the) (article|story)|"
    r"voiced by (artificial intelligence|ai)|audio (version )?(generated|produced) by|"
    r"artikel vorlesen lassen|écouter (cet|l')article)\b"
    r"|^(this (article|story|page) is )?(also )?available in\s*:?\s*\w+(\s*[|,/·]\s*\w+)*\.?$"
    r"|^(read (this|it) in|lire en|auf deutsch lesen|leer en)\s*:?\s*\w+\.?$"
    r"|^über dieses thema berichtete\w* .{0,100}$|^dieses thema im programm\s*:.{0,80}$"
    r"|^share this (live ?blog|live coverage|blog|video|report|episode|briefing|newsletter|gallery)$"
    r"|^(learn more|find out more|mehr erfahren|en savoir plus|más información|saiba mais|scopri di più|"
    r"dowiedz się więcej)( about [\w-]+( [\w-]+)?)?$"
    r"|^discover more from\b|^(over |more than )?[\d,.]+\s?k?\+? (subscribers|followers|readers)$"
    r"|^\d{1,5}$"
    r"|^(editor|editors|editing|edited by|responsible editor|redakteur|redakteurin|rédacteur|"
    r"rédactrice|redactor|redactora|a cura di|редактор)\s*:\s*[^.]{2,60}$",
    re.I,
)

# The labels a screen reader hears before an image's credit or caption, pasted as text:
# "Image source, Getty Images", "Image caption, Leaders …", "Media caption, Watch: …" (and the same
# labels of the sites' other language services).
IMAGE_SOURCE_LABEL = re.compile(
    r"^(image source|picture source|video source|fuente de la imagen|crédito|crédito da foto|crédit photo|"
    r"bildquelle|source de l'image|автор фото|джерело фото|źródło zdjęcia|fonte da imagem)\s*,\s+\S", re.I)
IMAGE_CAPTION_LABEL = re.compile(
    r"^(image caption|picture caption|media caption|video caption|audio caption|pie de foto|"
    r"legenda da foto|légende image|légende de l'image|bildunterschrift|подпись к фото|"
    r"підпис до фото|podpis zdjęcia)\s*,\s+(?P<text>\S.*)$", re.I)

# A line that only credits a photo: "Photo: Piet Claes/Reuters", "Foto: dpa", "Credit: AFP".
PHOTO_CREDIT_LINE = re.compile(
    r"^(photo|photos|foto|fotos|image|picture|bild|credit|credits|photo credit|crédit photo|"
    r"zdjęcie|fot\.|фото)\s*:", re.I)

COOKIE_OR_NEWSLETTER = re.compile(
    r"\b(we use cookies|this (web)?site uses cookies|cookie policy|accept (all )?cookies|"
    r"verwendet cookies|utilise des cookies|utiliza cookies|"
    r"sign up for (our|the) .{0,30}newsletter|subscribe to (our|the) .{0,30}newsletter|"
    r"thanks for reading .{0,80}subscribe|subscribe for free to (receive|get)|"
    r"get our .{0,30}newsletter|newsletter abonnieren|inscrivez-vous à (la|notre) newsletter|"
    r"enable javascript|turn on javascript|your browser (is|does not)|"
    r"already (a subscriber|have an account)|support (our|independent) journalism|"
    r"wir verwenden cookies|nutzt cookies|cookies (zu|um)|nous utilisons des cookies|"
    r"utilizamos cookies|utilizziamo (i )?cookie|używamy (plików )?cookie|"
    r"in your inbox|straight to your inbox|delivered to your inbox|"
    r"abonnez-vous à (la|notre) newsletter|suscríbete a (nuestro|la) (boletín|newsletter)|"
    r"subscribe to our (channel|telegram)|подписывайтесь на наш|zapisz się do newslettera|"
    r"forward this (email|newsletter|to a (friend|colleague))|"
    # "Zapisz się na nasz newsletter", "Suscríbete a nuestra newsletter de …", "Abonnieren Sie unseren Newsletter"
    r"(subscribe|sign up|zapisz się|subskrybuj|suscríbete|suscribite|apúntate|abonnez-vous|"
    r"inscrivez-vous|abonnieren sie|melden sie sich|iscriviti|assine|inscreva-se|abonneer|meld je aan|"
    r"подпишитесь|підпишіться)\b.{0,40}\b(newsletters?|boletín|biuletyn|infolettre|rundbrief|рассылк\w*|розсилк\w*)|"
    # "The Daily Briefing newsletter brings you … Sign up here."
    r"\bnewsletter\b.{0,160}[.!?:]\s+(sign up|subscribe|jetzt anmelden|inscrivez-vous|suscríbete)\b"
    r"[^.!?]{0,20}?(?=[.!]?$)|"
    r"\b(sign up|subscribe) here\b|"
    r"(was|is) this (email|e-mail|newsletter) forwarded|(got|received) this (email|newsletter) from a friend|"
    # "If you notice an error, select it and press Ctrl+Enter"
    r"\bctrl\s?\+\s?enter\b|"
    r"follow \S+ coverage of|réservé aux abonnés|for subscribers only|subscriber[- ]only|"
    r"nur für abonnenten|exclusivo para suscriptores|riservato agli abbonati)\b",
    re.I,
)

DISCLAIMER_HEAD = re.compile(
    r"^(legal disclaimer|disclaimer|legal notice|haftungsausschluss|rechtlicher hinweis|"
    r"avertissement|mentions légales|aviso legal|nota legale|terms of use|nutzungsbedingungen)"
    r"\s*:?\s*$", re.I)
DISCLAIMER_LINE = re.compile(
    r"(provides the information [\"“']?as is|without warranty of any kind|all rights reserved|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"^\s*(©|\(c\)|copyright)\s|\bthe views (and opinions )?expressed (in this|here)|"
    r"does not necessarily reflect|views expressed (are|here are) (those|solely)|this (material|content) may not be (published|reproduced)|"
    r"may not be reproduced|reproduction (is )?(prohibited|interdite))",
    re.I,
)

# The links of a site's footer: "Impressum | Datenschutz | AGB", "Aviso legal | Política de cookies".
FOOTER_LINK = re.compile(
    r"^(imprint|impressum|privacy|privacy policy|privacy notice|datenschutz|datenschutzerklärung|terms|"
    r"terms of (use|service)|agb|nutzungsbedingungen|contact|contact us|kontakt|cookies?|cookie policy|"
    r"cookie settings|cookie-einstellungen|accessibility|barrierefreiheit|about us|über uns|aviso legal|"
    r"política de privacidad|política de cookies|contacto|mentions légales|confidentialité|cgu|"
    r"regulamin|polityka prywatności|note legali|sitemap|rss)$", re.I)

# Consent dialogs: the IAB wording of cookie banners ("We and our 143 partners store and/or access
# information on a device"), in the languages such banners come in. The buttons under the text go with it.
CONSENT = re.compile(
    # "We and our 143 partners": the count is the banner's; "we and our partners" alone is a
    # politician's phrase
    r"\b(we and our|wir und unsere|nous et nos|nosotros y nuestros|noi e i nostri|wij en onze|my i nasi|"
    r"nós e os nossos)\s+\d+\s+(partners?|partenaires|socios|partnerzy|partnerów|parceiros)\b"
    r"|store and/or access information|speichern und/oder greifen|stocker et/ou accéder|"
    r"almacenar (y/o|o) acceder|archiviare e/o accedere|przechowywać i/lub uzyskiwać dostęp"
    r"|\b(we use cookies|this (web)?site uses cookies|wir verwenden cookies|nous utilisons des cookies|"
    r"utilizamos cookies|utilizziamo (i )?cookie|używamy (plików )?cookie|verwendet cookies|utilise des cookies|"
    r"utiliza cookies)\b", re.I)

# The title of a cookie banner: "We value your privacy", "Ihre Privatsphäre ist uns wichtig".
CONSENT_TITLE = re.compile(
    r"privacy|cookie|consent|privatsphäre|datenschutz|zustimmung|vie privée|confidentialité|"
    r"privacidad|consentimiento|riservatezza|consenso|prywatnoś|zgod[ay]|конфиденциальн|privacidade", re.I)

# Machine-translation notices → translated: true, translator, original language.
MT_NOTICE = re.compile(
    r"(переведено (сервисом|с помощью)|машинный перевод|"
    r"translated (by|with|using) (google|yandex|deepl|bing|microsoft|machine)|"
    r"machine[- ]translat|automatically translated|auto-?translated|automatic translation|"
    r"this (article|text|story) (was|has been) (machine[- ])?translated|"
    r"übersetzt (mit|von|durch) (deepl|google)|maschinell übersetzt|automatisch übersetzt|"
    r"traduit (automatiquement|par deepl|par google|avec deepl)|traduction automatique|"
    r"traducido (automáticamente|por|con) ?(google|deepl)?|traducción automática|"
    r"tradotto automaticamente|traduzione automatica|traduzido automaticamente|"
    r"przetłumaczone (przez|maszynowo)|перекладено|"
    # a caveat on a line of its own: "Translation quality may vary."
    r"^\s*((the )?(machine )?translation (quality )?may (vary|contain (errors|inaccuracies|mistakes))|"
    r"die übersetzung kann fehler enthalten|la (qualité de la )?traduction peut (varier|contenir des erreurs))"
    r"\.?\s*$)",
    re.I,
)
TRANSLATORS = {
    "yandex": "Yandex Translate", "яндекс": "Yandex Translate", "google": "Google Translate",
    "deepl": "DeepL", "bing": "Microsoft Translator", "microsoft": "Microsoft Translator",
}
TRANSLATED_FROM = re.compile(
    r"translated (automatically )?from (the )?(?P<lang>[a-z]+)|aus dem (?P<de>[a-zäöü]+)en übersetzt|"
    r"traduit (automatiquement )?d(e|u) (l')?(?P<fr>[a-zéè]+)|"
    r"traducido (automáticamente )?del (?P<es>[a-záéíóú]+)", re.I)
LANGUAGE_NAMES = {
    "russian": "ru", "russisch": "ru", "russe": "ru", "ruso": "ru", "ukrainian": "uk",
    "ukrainisch": "uk", "ukrainien": "uk", "german": "de", "deutsch": "de", "allemand": "de",
    "alemán": "de", "french": "fr", "französisch": "fr", "français": "fr", "francés": "fr",
    "spanish": "es", "spanisch": "es", "espagnol": "es", "español": "es", "italian": "it",
    "italienisch": "it", "polish": "pl", "polnisch": "pl", "english": "en", "englisch": "en",
    "anglais": "en", "inglés": "en", "chinese": "zh", "arabic": "ar", "persian": "fa",
    "turkish": "tr", "portuguese": "pt", "dutch": "nl",
}

# Credits naming where the text came from → source.
CREDIT = re.compile(
    r"^\(?\s*(?P<lead>with information from|with (additional )?reporting (from|by)|with material from|"
    r"information from|(?:sources?|quelle|quellen|fuente|fuentes|fonte|fonti|źródło|источник)\s*:|"
    r"mit material (von|der|aus)|mit informationen (von|der)|avec (l'|les )?(agences?|afp|reuters|ap)\b|"
    r"d'après (l'|les )?(agences?|afp|reuters)|con información de|con informaciones de|"
    r"con (información|informaciones) de|con fonti|na podstawie|по материалам|по информации)"
    r"\s*:?\s*(?P<who>.{2,120}?)\s*\)?\.?$",
    re.I,
)
REPORTING_CREDIT = re.compile(
    r"^\(?\s*(reporting by|writing by|editing by|additional reporting by|compiled by|"
    r"written by|by)\s+[^.;]{2,120}(;\s*[a-z][\w -]{1,40}\sby\s[^.;]{2,100})*\)?\.?$"
    r"|^\(?[A-Z][^.]{2,160}\s+contributed (reporting|to this (report|story|article))"
    r"(\s+(from|in)\s+[A-Z][\w .,-]{1,40})?\.?\)?$", re.I)
# Where a credit's list of names is split: "EFE and Europa Press", "dpa und AFP", "X, Y".
CREDIT_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bin\b)\s*", re.I)
# An agency-like short name: dpa, AFP, EFE, PAP, ANSA, AP.
AGENCY_NAME = re.compile(r"^(?:[A-Z]{2,6}|[a-z]{2,4})$")

# "VILNIUS (dpa) –", "WARSAW, March 4 (Reuters) -", "(MENAFN) ", "BRUSSELS, 2 Jan (AFP):"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{2,30}(?:,\s*[A-Z][A-Za-z .]{1,25})?)"
    r"(?:,?\s+(?P<when>[A-Za-z][a-zé]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-z][a-zéû]{2,8}\.?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)\s*\.?\s*[-–—:]+\s*"
)
# "MOSCOW, March 12. /TASS/." — the slash style of TASS and other Russian agencies.
SLASH_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}),\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?\s*"
    r"/(?P<agency>[A-Z][A-Za-z-]{1,15})/\.?\s*")
AGENCY_PREFIX = re.compile(r"^\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*[-–—:]?\s*")

# A line that is only a date/time stamp ("Tuesday, 02 January 2024 12:17 GMT").
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            "lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
            "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim")
UPDATED_STAMP = re.compile(
    r"^(last )?(updated|modified|last modified|aktualisiert|zuletzt aktualisiert|stand|"
    r"mis à jour|modifié|actualizado|actualización|atualizado|aggiornato|aggiornamento|"
    r"bijgewerkt|aktualizacja|zaktualizowano|обновлено|оновлено)\b\s*"
    r"(on|at|am|le|el|il|em|op|в)?\s*:?\s*", re.I)
PUBLISHED_STAMP = re.compile(
    r"^(published|posted|first published|publication date|veröffentlicht|erschienen|publié|"
    r"publicado|pubblicato|gepubliceerd|opublikowano|publikacja|опубликовано|опубліковано)\b\s*"
    r"(on|at|am|le|el|il|em|op|в)?\s*:?\s*", re.I)
DATE_MARKER = re.compile(r"^\s*(date|datum|fecha)\s*[:\s]\s*(?P<date>\d{4}-\d{2}-\d{2})\b\s*", re.I)

# Agency or page IDs carrying a date: MENAFN16102025000045017167ID1110204287
# or with separators: EPL-25062025-0093-NATO-3317.
ID_TOKEN = re.compile(r"^(?P<prefix>[A-Z]{2,12})(?:(?P<digits>\d{8})\d{4,}(?:[A-Z]{1,4}\d+)*"
                      r"|[-_](?P<sep_digits>\d{8})(?:[-_][A-Z0-9]{2,})+)$")

# Generic section labels that are headings, never titles.
SECTION_LABELS = {
    "key facts", "quick summary", "summary", "key points", "highlights", "in brief", "background",
    "context", "analysis", "overview", "tl;dr", "tldr", "key takeaways", "takeaways",
    "what we know", "what happens next", "looking forward", "looking ahead", "conclusion",
    "at a glance", "the big picture", "why it matters", "zusammenfassung", "das wichtigste",
    "hintergrund", "en bref", "résumé", "l'essentiel", "contexte", "resumen", "claves",
    "contexto", "in sintesi", "краткое содержание", "главное",
}
SUMMARY_LABELS = {"quick summary", "summary", "in brief", "tl;dr", "tldr", "at a glance",
                  "zusammenfassung", "en bref", "résumé", "resumen", "in sintesi",
                  "краткое содержание", "l'essentiel", "das wichtigste"}
FACT_LABELS = {"key facts", "key points", "highlights", "key takeaways", "takeaways", "claves"}

# Trailing "related" block headers.
RELATED_HEAD = re.compile(
    r"^(related|related (articles|news|stories|content|coverage)|read (more|also|next)|"
    r"more (on this|from|stories|news)|you (may|might) also (like|be interested)|recommended|"
    r"see also|also read|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|"
    r"sur le même sujet|lee también|noticias relacionadas|leggi anche|читайте также|"
    r"по теме|more on this story|more on this|more from|te puede interesar|también te puede interesar|"
    r"lo más leído|les plus lus|à lire également|dans la même rubrique|das könnte sie auch interessieren|"
    r"weitere meldungen|auch interessant|potrebbe interessarti|ti potrebbe interessare|"
    r"czytaj (także|też|również)|zobacz (także|też|również)|polecamy|leia (também|mais)|"
    r"veja também|lees ook|meer over|related topics|most read|most popular|related documents|"
    r"related links|further reading|documents liés|weiterführende links|"
    r"explore more on (these|this) topics?|more on (these|this) topics?|topics in this (article|story))\b.{0,30}$", re.I)

# A teaser for another article on one line: a "read also" label, a colon (or dash) and its headline:
# "Read also: …", "Czytaj także: …", "Lesen Sie auch: …", "Read more: our paper on …". The label must
# open the line and be followed by the separator, so "read more carefully" in a sentence stays.
INLINE_TEASER = re.compile(
    r"^(read (also|more|next)|see also|also read|related(?=\s*:.*[^.\s]$)|lesen sie (auch|mehr)|mehr (dazu|zum thema)|"
    r"auch interessant|lire (aussi|également|plus)|à lire (aussi|également)|voir aussi|lee (también|más)|"
    r"leer más|ver también|le puede interesar|te puede interesar|leggi (anche|di più)|"
    r"czytaj (także|też|również|więcej)|zobacz (także|też|również)|читайте (также|також|еще|ще)|дивіться також|смотрите также|leia (também|mais)|"
    r"veja também|lees ook|lees meer)\s*[:：»›|–—-]\s*\S")

# Labels of a list of topic tags, without the colon ("Temas", "Suggested Topics:", "Tagi:").
TAG_HEAD = re.compile(
    r"^((suggested|related|more|explore) )?(tags?|topics?|temas|themen|schlagw[oö]rter|schlagworte|sujets|"
    r"mots-clés|thèmes|argomenti|etiquetas|tagi|tematy|tematy artykułu|теги|темы|теми|onderwerpen|assuntos)$")

# The heading of an author's note at the end: the note under it goes too.
ABOUT_AUTHOR = re.compile(
    r"^(about the authors?|about the writer|sobre (la firma|el autor|la autora|los autores)|"
    r"über (den autor|die autorin|die autoren)|zur autorin|zum autor|à propos de l'auteur|"
    r"(l'auteur|l'autrice)|o autorze|o autorce|об авторе|про автора|sull'autore|l'autore|sobre o autor|"
    r"over de auteur)$")

# An author's note that opens with the byline's name: "Jane Doe is a reporter …", "… ist seit 2019
# Redakteurin …", "… es periodista …". What follows the name is a verb of being or writing.
BIO_AFTER_NAME = re.compile(
    r"^(?:,[^,]{1,60},)?\s*(is|was|has been|ist|war|schreibt|berichtet|arbeitet|est|était|écrit|couvre|"
    r"es|fue|escribe|cubre|è|scrive|jest|była?|pisze|pracuje|является|работает|пишет|є|працює|werkt|schrijft)\b")

# The end of a newsletter or e-mail: a signature delimiter or the subscription footer; the rest
# of the text after it is furniture.
FOOTER_HEAD = re.compile(
    r"^(--\s*$|you are receiving this (email|e-mail|newsletter)|you received this (email|newsletter)|"
    r"to unsubscribe|unsubscribe\b|sie erhalten diese(n)? (e-mail|newsletter)|"
    r"vous recevez ce(t)? (e-mail|courriel|newsletter)|recibes este (correo|boletín))", re.I)

# E-mail headers at the top of a forwarded newsletter: they are metadata, not text.
EMAIL_HEADER = re.compile(
    r"^(?P<field>from|subject|date|sent|to|von|betreff|datum|gesendet|an|de|objet|envoyé|à|"
    r"asunto|fecha|enviado|para)\s*:\s+(?P<value>.+)$", re.I)
EMAIL_FIELDS = {"from": "from", "von": "from", "de": "from", "subject": "subject", "betreff": "subject",
                "objet": "subject", "asunto": "subject", "date": "date", "datum": "date", "sent": "date",
                "gesendet": "date", "envoyé": "date", "fecha": "date", "enviado": "date"}

# Company suffixes dropped from a publisher's name: "Meridian Press Ltd" → "Meridian Press".
COMPANY_SUFFIX = re.compile(r"[\s,]+(ltd\.?|limited|llc|inc\.?|plc|gmbh|ag|s\.?a\.?|s\.?l\.?|sarl|s\.?p\.?a\.?|"
                            r"media( group)?|media ltd|sp\. z o\.o\.|b\.v\.|n\.v\.)$", re.I)

# A list item. Not a rule ("---", "* * *") and not a line set in italics or bold ("*Published …*"):
# an asterisk is a bullet only when a space follows it.
LIST_ITEM = re.compile(r"^\s*(?![-*_](?:\s*[-*_]){2,}\s*$)(?:[-•·▪◦‣–]|\*(?=\s)|[✓✔☑✅]|\d{1,2}[.)])\s*"
                       r"(?:[✓✔☑✅]\s*)?(?P<text>\S.*)$")
# A thematic break in Markdown: "---", "***", "_ _ _".
RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
CAPTION_CREDIT = re.compile(
    r"\s*\((?:(?:photo|foto|image|credit)\s*:\s*)?[^()]{0,60}/[^()]{0,40}\)\s*$"
    r"|\s*(?:(?:photo|photograph|foto|fotografía|image|picture|credit|bild)\s*:|fot\.)\s*[^.]{2,60}$"
    # a wire photo credit after the caption's last sentence: "… in Tallinn. REUTERS/Jane Roe/File Photo"
    r"|(?-i:(?<=[.!?])\s+[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
    r"(?:/(?:File Photo|Pool|Handout|Illustration|File))*)\s*$"
    r"|\s*\((?:photo|foto|image|picture|bild|credit)s?\s*:?[^()]{0,60}\)\s*$"
    r"|\s*©\s*[^.]{2,60}$",
    re.I,
)

# What a screen reader says after a link, pasted with it: "…, opens new tab", "(opens in a new window)".
LINK_SUFFIX = re.compile(
    r",?\s*\(?\b(opens (in )?(a )?new (tab|window)|öffnet (in )?(einem )?neuen (tab|fenster)|"
    r"s'ouvre dans (un )?nou(vel|veau) (onglet|fenêtre)|se abre en (una )?nueva (pestaña|ventana)|"
    r"si apre in (una )?nuova (scheda|finestra)|otwiera się w nowej karcie|"
    r"opens an external (site|link))\b\)?", re.I)
# Buttons left at the end of a photo caption: "… REUTERS/Name Purchase Licensing Rights".
PHOTO_BUTTONS = re.compile(r"\s*\b(purchase licensing rights|reprints? (and|&) permissions|buy (this )?photo)\s*$",
                           re.I)

# Bylines, optionally with a date before or after: "By Jan Vermeulen and Sabine Koller",
# "Par Claire Dubreuil", "By Daniel Okafor · 26 February 2025", "3 April 2025 · By Sigrid Halvorsen".
_NAME = r"[A-ZÀ-ÝŁŚŻ][\w'’.-]+(?:\s+(?:de |van |von |der |da |di |del |la |le )?[A-ZÀ-ÝŁŚŻ][\w'’.-]+){1,3}"
# "Jennifer Rankin in Brussels", "Anna Weber, Brussels": a reporter's name over a place.
PLACED_BYLINE = re.compile(rf"^(?P<who>{_NAME})\s*(?:\bin\b|\baus\b|\bà\b|\ben\b|\bde\b|,)\s*"
                           r"(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})$")
BYLINE = re.compile(
    rf"^(?:(?P<lead>[^·|•]{{6,40}}?)\s*[·|•]\s*)?"
    rf"(?i:(?:story|article|text|words|report|written|reporting|analysis)\s+)?"
    rf"(?i:by|par|von|por|di|door|przez|от|автор:?|autor:?|autorka:?|author:|auteur\s?:|autore:|autora:)\s+"
    rf"(?P<who>{_NAME}(?:\s*(?:,|(?i:and|und|et|y|e|i|&))\s*{_NAME})*)"
    rf"(?:\s*(?:,|·|\||•|–|—|-)\s*(?P<when>[^.]{{2,40}}))?$")
