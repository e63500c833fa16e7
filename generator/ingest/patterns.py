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
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?(?:(?:19|20)\d\d\s*)?[.,]?\s*"
    r"(?:(?:provided|supplied) by\s+|courtesy of\s+)?"
    r"(?P<who>[^.—–|]{2,60}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.—–|,]|$)", re.I)

# Credits that name no outlet.
GENERIC_CREDITS = {"agencies", "agency", "wires", "wire services", "staff", "our correspondents",
                   "correspondents", "agencias", "agences", "agenturen", "redaktion", "redacción",
                   "rédaction", "staff writers", "news agencies", "agenzie"}

# Lines that are UI or page furniture when they *start* a short line.
UI_PREFIXES = re.compile(
    r"^(reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения)\b"
    r"|^\d+\s*(min|minute|minutes|mins)\.?\s*(read|de lecture|lesezeit|de lectura)?$"
    r"|^(photo|foto|image|picture|credit|credits|bild|photo credit|source image)\s*:"
    r"|^(sign up|subscribe) (for|to) (our|the)\b.*\b(newsletter|briefing|updates)"
    r"|^(follow|like) us on\b|^download (our|the) app\b"
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
    r"|^über dieses thema berichtete\w* .{0,100}$"
    r"|^discover more from\b|^(over |more than )?[\d,.]+\s?k?\+? (subscribers|followers|readers)$"
    r"|^\d{1,5}$"
    r"|^(editor|editors|editing|edited by|responsible editor|redakteur|redakteurin|rédacteur|"
    r"rédactrice|redactor|redactora|a cura di|редактор)\s*:\s*[^.]{2,60}$",
    re.I,
)

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
    r"przetłumaczone (przez|maszynowo)|перекладено)",
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
    r"written by|by)\s+[^.]{2,120}(;\s*(editing|writing) by [^.]{2,80})?\)?\.?$"
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

LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪◦‣–]|[✓✔☑✅]|\d{1,2}[.)])\s*(?:[✓✔☑✅]\s*)?(?P<text>\S.*)$")
CAPTION_CREDIT = re.compile(
    r"\s*\((?:(?:photo|foto|image|credit)\s*:\s*)?[^()]{0,60}/[^()]{0,40}\)\s*$"
    r"|\s*(?:photo|photograph|foto|fotografía|image|picture|credit|bild)\s*:\s*[^.]{2,60}$"
    r"|\s*\((?:photo|foto|image|picture|bild|credit)s?\s*:?[^()]{0,60}\)\s*$"
    r"|\s*©\s*[^.]{2,60}$",
    re.I,
)

# Bylines, optionally with a date before or after: "By Jan Vermeulen and Sabine Koller",
# "Par Claire Dubreuil", "By Daniel Okafor · 26 February 2025", "3 April 2025 · By Sigrid Halvorsen".
_NAME = r"[A-ZÀ-ÝŁŚŻ][\w'’.-]+(?:\s+(?:de |van |von |der |da |di |del |la |le )?[A-ZÀ-ÝŁŚŻ][\w'’.-]+){1,3}"
# "Jennifer Rankin in Brussels", "Anna Weber, Brussels": a reporter's name over a place.
PLACED_BYLINE = re.compile(rf"^(?P<who>{_NAME})\s*(?:\bin\b|\baus\b|\bà\b|\ben\b|\bde\b|,)\s*"
                           r"(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})$")
BYLINE = re.compile(
    rf"^(?:(?P<lead>[^·|•]{{6,40}}?)\s*[·|•]\s*)?"
    rf"(?i:(?:story|article|text|words|report|written|reporting|analysis)\s+)?"
    rf"(?i:by|par|von|por|di|door|przez|от|автор:?)\s+"
    rf"(?P<who>{_NAME}(?:\s*(?:,|(?i:and|und|et|y|e|i|&))\s*{_NAME})*)"
    rf"(?:\s*(?:,|·|\||•|–|—|-)\s*(?P<when>[^.]{{2,40}}))?$")
