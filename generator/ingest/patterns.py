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
}

# Lines that are UI or page furniture when they *start* a short line.
UI_PREFIXES = re.compile(
    r"^(reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения)\b"
    r"|^\d+\s*(min|minute|minutes|mins)\.?\s*(read|de lecture|lesezeit|de lectura)?$"
    r"|^(photo|foto|image|picture|credit|credits|bild|photo credit|quelle|source image)\s*:"
    r"|^(sign up|subscribe) (for|to) (our|the)\b.*\b(newsletter|briefing|updates)"
    r"|^(follow|like) us on\b|^download (our|the) app\b"
    r"|^(tags?|topics?|keywords|schlagworte|mots-clés)\s*:"
    r"|^(advertisement|anzeige|publicité|реклама)\b.{0,30}$",
    re.I,
)

COOKIE_OR_NEWSLETTER = re.compile(
    r"\b(we use cookies|this (web)?site uses cookies|cookie policy|accept (all )?cookies|"
    r"verwendet cookies|utilise des cookies|utiliza cookies|"
    r"sign up for (our|the) .{0,30}newsletter|subscribe to (our|the) .{0,30}newsletter|"
    r"get our .{0,30}newsletter|newsletter abonnieren|inscrivez-vous à (la|notre) newsletter|"
    r"enable javascript|turn on javascript|your browser (is|does not)|"
    r"already (a subscriber|have an account)|support (our|independent) journalism)\b",
    re.I,
)

DISCLAIMER_HEAD = re.compile(
    r"^(legal disclaimer|disclaimer|haftungsausschluss|avertissement|aviso legal|"
    r"terms of use|nutzungsbedingungen)\s*:?\s*$", re.I)
DISCLAIMER_LINE = re.compile(
    r"(provides the information [\"“']?as is|without warranty of any kind|all rights reserved|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"^\s*(©|\(c\)|copyright)\s|\bthe views (and opinions )?expressed (in this|here)|"
    r"does not necessarily reflect|this (material|content) may not be (published|reproduced)|"
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
    r"translated from (the )?(?P<lang>[a-z]+)|aus dem (?P<de>[a-zäöü]+)en übersetzt|"
    r"traduit d[eu] (l')?(?P<fr>[a-zéè]+)|traducido del (?P<es>[a-záéíóú]+)", re.I)
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
    r"^\(?\s*(with information from|with (additional )?reporting (from|by)|"
    r"information from|source|sources|quelle|quellen|source\s?:|fuente|fonte|"
    r"mit material von|avec|con información de|con informaciones de|"
    r"по материалам|по информации)\s*:?\s+(?P<who>[^()]{2,80}?)\s*\)?\.?$",
    re.I,
)
REPORTING_CREDIT = re.compile(
    r"^\(?\s*(reporting by|writing by|editing by|additional reporting by|compiled by|"
    r"written by|by)\s+[^.]{2,120}(;\s*(editing|writing) by [^.]{2,80})?\)?\.?$", re.I)

# "VILNIUS (dpa) –", "WARSAW, March 4 (Reuters) -", "(MENAFN) ", "BRUSSELS, 2 Jan (AFP):"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}(?:,\s*[A-Z][A-Za-z .]{1,25})?)"
    r"(?:,?\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)\s*[-–—:]+\s*"
)
AGENCY_PREFIX = re.compile(r"^\((?P<agency>[A-Z][A-Za-z]{1,15})\)\s*[-–—:]?\s*")

# A line that is only a date/time stamp ("Tuesday, 02 January 2024 12:17 GMT").
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            "lunes|martes|miércoles|jueves|viernes|sábado|domingo")
UPDATED_STAMP = re.compile(
    r"^(last )?(updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|"
    r"обновлено)\b\s*(on|am|le|el)?\s*:?\s*", re.I)
PUBLISHED_STAMP = re.compile(
    r"^(published|posted|first published|veröffentlicht|publié|publicado|pubblicato|"
    r"опубликовано)\b\s*(on|am|le|el|il)?\s*:?\s*", re.I)
DATE_MARKER = re.compile(r"^\s*(date|datum|fecha)\s*[:\s]\s*(?P<date>\d{4}-\d{2}-\d{2})\b\s*", re.I)

# Agency or page IDs carrying a date: MENAFN16102025000045017167ID1110204287
ID_TOKEN = re.compile(r"^(?P<prefix>[A-Z]{2,12})(?P<digits>\d{8})\d{4,}(?:[A-Z]{1,4}\d+)*$")

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
    r"по теме)\b.{0,30}$", re.I)

LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪◦‣–]|[✓✔☑✅]|\d{1,2}[.)])\s*(?:[✓✔☑✅]\s*)?(?P<text>\S.*)$")
CAPTION_CREDIT = re.compile(
    r"\s*\((?:(?:photo|foto|image|credit)\s*:\s*)?[^()]{0,60}/[^()]{0,40}\)\s*$"
    r"|\s*(?:photo|foto|image|picture|credit|bild)\s*:\s*[^.]{2,60}$"
    r"|\s*\((?:photo|foto|image|picture|bild|credit)s?\s*:?[^()]{0,60}\)\s*$"
    r"|\s*©\s*[^.]{2,60}$",
    re.I,
)
TERMINAL = re.compile(r"[.!?…:;\"”»'’)\]]\s*$")
