"""Vocabulary and patterns of the junk that surrounds articles pasted or scraped from the web.

Kept apart from the logic that uses them so they can grow with new outlets and languages
without touching the rules. All matching is on lower-cased, whitespace-normalized lines.
"""

from __future__ import annotations

import re
import unicodedata

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
    "aceptar", "aceptar todo", "rechazar", "configuración", "suscribirse",
    "accetta", "accetta tutto", "rifiuta", "cerca", "iscriviti", "accedi", "aceitar", "pesquisar",
    "assine", "entrar", "accepteren", "zoeken", "delen", "inloggen", "deel dit artikel", "deel artikel",
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
    "newsletters", "podcasts", "my account", "subscribe to our newsletter",
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
    # an aggregator's or a comment system's buttons around a syndicated story: "Story continues",
    # "Signaler un problème" (the same words inside a sentence stay: only whole lines match)
    "story continues", "story continues below", "article continues below", "continue reading below",
    "report a problem", "report an error", "report the error", "report a typo", "report an issue",
    "report abuse", "report this", "signaler un problème", "signaler une erreur", "signaler un abus",
    "fehler melden", "problem melden", "einen fehler melden", "reportar un error", "reportar un problema",
    "segnala un errore", "segnala un problema", "zgłoś błąd", "zgłoś problem", "сообщить об ошибке",
    "fout melden", "een fout melden", "meld een fout",
    # a live blog's filter buttons
    "show key events only", "key events only", "show all posts", "live feed", "alle beiträge anzeigen",
    "nur wichtige ereignisse", "toutes les mises à jour", "voir tout le direct",
    # Czech, Slovak, Romanian and Portuguese (Portugal) site chrome
    "přihlásit se", "přihlásit", "odhlásit se", "hledat", "vyhledávání", "sdílet", "tisk", "vytisknout",
    "zkopírovat odkaz", "kopírovat odkaz", "odkaz zkopírován", "poslechnout", "poslechněte si článek",
    "prihlásiť sa", "hľadať", "zdieľať", "kopírovať odkaz", "autentificare", "caută", "distribuie",
    "copiază linkul", "partilhar", "copiar ligação", "pesquisa", "iniciar sessão", "assinar", "assine já",
    "link kopiëren", "kopiera länk", "kopier link",
    # Swedish, Danish, Norwegian and Finnish share and listen buttons ("Dela artikeln", "Del artiklen")
    "dela", "dela artikeln", "dela artikel", "del artiklen", "del artikkelen", "jaa", "jaa artikkeli",
    "lyssna", "lyssna på artikeln", "lyt til artiklen", "lytt til artikkelen", "kuuntele", "e-post",
    "sähköposti", "läs också", "läs mer", "läs även", "læs også", "læs mere", "les også", "lue myös",
    # a social network's post page: the buttons around a post and its replies ("Translate post",
    # "Post your reply"); the sidebar's labels go with the related blocks (RELATED_HEAD)
    "see new posts", "show new posts", "translate post", "translate tweet", "show translation",
    "post your reply", "tweet your reply", "reply", "replies", "repost", "reposts", "retweet", "quote",
    "show replies", "show more replies", "show probable spam", "show additional replies", "views",
    "conversation", "post", "thread", "follow back", "write a reply", "add a comment",
    "beitrag übersetzen", "post übersetzen", "traduire le post", "traduire la publication", "traducir post",
    "traducir publicación", "traduci post", "przetłumacz post", "traduzir post", "přeložit příspěvek",
    # a mobile app's banner over a shared story
    "open in app", "open in the app", "open app", "get the app", "in der app öffnen", "app öffnen",
    "ouvrir dans l'application", "ouvrir l'application", "abrir en la app", "abrir en la aplicación",
    "abrir na app", "abrir no app", "abrir na aplicação", "apri nell'app", "apri l'app",
    "otwórz w aplikacji", "otevřít v aplikaci", "openen in de app", "открыть в приложении",
    # links back to the site's front page or the top ("Zur Startseite", "Retour à l'accueil")
    "back to home", "back to homepage", "back to the homepage", "back to the front page", "go to homepage",
    "zur startseite", "zurück zur startseite", "zurück zur übersicht", "nach oben", "retour à l'accueil",
    "retour à la page d'accueil", "haut de page", "retour en haut", "volver a la portada", "volver al inicio",
    "ir a la portada", "torna alla home", "torna all'inizio", "torna su", "powrót do strony głównej",
    "wróć na górę", "zpět na úvod", "zpět na hlavní stránku", "nahoru", "voltar à página inicial",
    "voltar ao início", "voltar ao topo", "terug naar home", "terug naar boven", "на главную", "наверх",
    # Greek and Turkish site chrome: the advertisement label ("ΔΙΑΦΗΜΙΣΗ", "Reklam"), share and print buttons
    "διαφήμιση", "διαφημιση", "χορηγούμενο", "κοινοποίηση", "μοιραστείτε", "μοιραστείτε το άρθρο",
    "μοιράσου το άρθρο", "εκτύπωση", "σχόλια", "αναζήτηση", "σύνδεση", "εγγραφή", "αρχική",
    "reklam", "paylaş", "haberi paylaş", "yazdır", "yorumlar", "yorum yap", "giriş yap", "abone ol", "ana sayfa",
    # a bookmark button: "Artikel merken" (Austrian/German sites), "Sauvegarder l'article", "Salva articolo"
    "artikel merken", "merkliste", "zur merkliste hinzufügen", "sauvegarder l'article", "salva articolo",
    "guardar artículo", "bookmark article", "save story", "άρθρο στα αγαπημένα", "kaydet",
    # an RSS reader's buttons over a feed item ("Mark as read", "Mark as unread", "Save to board")
    "mark as read", "mark as unread", "mark all as read", "save to board", "save to read later", "visit website",
    "als gelesen markieren", "als ungelesen markieren", "marquer comme lu", "marquer comme non lu",
    "marcar como leído", "marcar como no leído", "segna come letto", "segna come non letto",
    # a read-later button: "Lire plus tard", "Später lesen", "Read later"
    "read later", "read it later", "lire plus tard", "à lire plus tard", "später lesen", "leer más tarde",
    "leer después", "leggi più tardi", "leggi dopo", "przeczytaj później", "later lezen", "ler mais tarde",
    "skaityti vėliau", "lasīt vēlāk", "loe hiljem", "elolvasom később",
    # a text-to-speech button: "Read aloud", "Vorlesen lassen", "Klausytis"
    "read aloud", "read this aloud", "read article aloud", "vorlesen lassen", "artikel vorlesen",
    "lire à voix haute", "leer en voz alta", "leggi ad alta voce", "ascolta l'articolo", "przeczytaj na głos",
    "klausytis", "klausyti straipsnio", "klausīties", "klausīties rakstu", "kuula", "kuula artiklit",
    "meghallgatás", "cikk meghallgatása", "felolvasás",
    # a newsletter box's label and its button: "Newsletter", "S'inscrire"
    "newsletter", "infolettre", "s'inscrire", "je m'inscris", "inscription",
    # Lithuanian, Latvian, Estonian and Hungarian site chrome: log in, share, comments, search, print
    "prisijungti", "prisiregistruoti", "dalintis", "dalinkitės", "pasidalinti", "komentarai", "paieška",
    "spausdinti", "reklama", "pieslēgties", "ienākt", "dalīties", "kopīgot", "komentāri", "meklēt", "drukāt",
    "reklāma", "logi sisse", "sisene", "jaga", "jaga artiklit", "kommentaarid", "otsi", "prindi", "reklaam",
    "megosztás", "megosztom", "belépés", "bejelentkezés", "keresés", "nyomtatás", "hirdetés",
    "hozzászólások", "hozzászólás",
}

# The one-word labels of an advertisement slot: the only one-word UI lines taken out of an author's own
# Markdown body ("Europe" or "Video" alone there may be the author's own label).
AD_LABELS = {"advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
             "pubblicità", "publicidade", "reklama", "реклама", "διαφήμιση", "διαφημιση", "reklam", "advertentie"}

# "Share on LinkedIn", "Udostępnij na Facebooku", "Partager sur X": share buttons in any language.
SHARE_LINE = re.compile(
    r"^(share|teilen|partager|compartir|condividi|compartilhar|partilhar|udostępnij|delen|поделиться|поширити|"
    r"sdílet|zdieľať|distribuie|dela|del)"
    r"\s+(on|via|auf|bei|sur|par|en|por|su|no|na|w|op|в|pe|på)\s+\S+( \S+)?$",
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
SIGN_OFF = re.compile(r"^[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6}(?:-[a-z]{2,6})*)+$"
                      r"|^/[a-z]{2,4}(?:/[A-Za-z]{1,4}){1,4}/?$")  # a German agency's editors' code alone
# Editors' codes of German agencies glued to the last sentence: "… ausgelaufen./abc/DP/mis",
# "… gesagt. /ra/DP/zb" (the writer's and editor's initials and the desk). Only after a sentence's end.
# A wire agency's signature after the last sentence of its story, on the same line: "… a la cumbre. EFE",
# "… in Brüssel. (dpa)", "… au sommet. AFP". Only a known agency's name, and only after a sentence's end.
AGENCY_SIGNATURE = re.compile(
    r"(?<=[.!?\"“”»])\s+\(?(?P<agency>EFE|AFP|dpa|DPA|Reuters|AP|ANSA|PAP|Europa Press|EP|TASS|Lusa|ČTK|CTK|TASR|APA|"
    r"Belga|ANP|TT|NTB|STT|Ritzau|Ukrinform|BTA|MTI|Agerpres|Xinhua|Anadolu|KNA|epd|AA|Interfax|ATS|SDA|"
    r"(?:EFE|AFP|dpa|Reuters|AP|ANSA)(?:\s*[/,]\s*(?:EFE|AFP|dpa|Reuters|AP|ANSA|Europa Press))+)\)?\s*$")
# A web address alone, as printed in a page's footer: "www.example-institute.eu", "https://example.org/brief".
WEB_ADDRESS = re.compile(r"^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,12}(/\S*)?$", re.I)
EDITOR_CODE = re.compile(r"(?<=[.!?\"“”»«)])\s?/[a-z]{2,4}(?:/[A-Za-z]{1,4}){1,4}/?\s*$")

# An attachment's type and size after its link: "(PDF – 182 Ko)", "[PDF, 2.4 MB]", "(docx, 96 KB)".
FILE_SIZE = re.compile(r"\s*[(\[]\s*(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|epub|txt|mp3|mp4)"
                       r"\s*[-–—,:|/]?\s*\d+(?:[.,]\d+)?\s*(?:ko|mo|go|kb|mb|gb|kib|mib|octets|bytes|kB)\s*[)\]]",
                       re.I)

# A social network's post header and reply marker: the account's "@handle" alone on its line (the
# display name right above it goes with it), and "Replying to @handle" over another account's reply.
HANDLE_LINE = re.compile(r"^@[A-Za-z0-9_]{2,30}$")
REPLYING_TO = re.compile(
    r"^(replying to|in reply to|reply to|antwort an|als antwort an|en réponse à|respondiendo a|en respuesta a|"
    r"in risposta a|w odpowiedzi (do|na)|em resposta a|odpověď uživateli|ответ пользователю|"
    r"відповідь користувачу)\s+(?P<handle>@[A-Za-z0-9_]{2,30})(?:\s*(?:,|and|und|et|y|e|i)\s*@[A-Za-z0-9_]{2,30})*"
    r"(?:\s+and \d+ others?)?$", re.I)

# The sections of a site's menu, in the archive's languages: a row of three or more of them (and of the
# UI words) on one line is a horizontal menu ("News World Politics Opinion", "Zprávy Domácí Svět").
MENU_WORDS = {
    "news", "world", "politics", "business", "economy", "markets", "opinion", "opinions", "sport", "sports",
    "culture", "science", "tech", "technology", "health", "climate", "lifestyle", "travel", "video", "videos",
    "podcasts", "sections", "latest", "home", "newsletter", "newsletters", "weather", "local", "national",
    "international", "europe", "columns", "analysis", "features", "premium", "magazine", "epaper", "e-paper",
    "nachrichten", "politik", "wirtschaft", "meinung", "kultur", "wissen", "panorama", "ausland", "inland",
    "regional", "finanzen", "börse", "digital", "reise", "gesundheit",
    "actualités", "actu", "monde", "politique", "économie", "société", "idées", "débats",
    "noticias", "internacional", "política", "economía", "opinión", "deportes", "cultura", "sociedad",
    "españa", "notizie", "esteri", "politica", "economia", "cronaca", "opinioni", "notícias", "mundo",
    "opinião", "desporto", "esportes", "sociedade", "país", "wiadomości", "kraj", "świat", "polityka",
    "gospodarka", "biznes", "opinie", "kultura", "zprávy", "domácí", "svět", "ekonomika", "názory",
    "byznys", "politika", "správy", "domov", "svet", "știri", "externe", "nieuws", "binnenland",
    "buitenland", "politiek", "economie", "cultuur", "новости", "политика", "экономика", "мнения", "мир",
    "новини", "політика", "економіка", "світ",
    # Lithuanian, Latvian, Estonian and Hungarian sections ("Naujienos Lietuvoje Pasaulyje Verslas Nuomonės")
    "naujienos", "lietuvoje", "lietuva", "pasaulyje", "pasaulis", "verslas", "nuomonės", "politika", "sportas",
    "kultūra", "ekonomika", "ziņas", "latvijā", "pasaulē", "bizness", "viedokļi", "sports", "uudised", "eesti",
    "maailm", "majandus", "arvamus", "sport", "kultuur", "belföld", "külföld", "gazdaság", "vélemény",
    "hírek", "kultúra",
}

# A place dateline without an agency: "MADRID —", "THE HAGUE –", "KYIV, March 3 -".
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'.-]+){0,3})"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s+[-–—]+\s+(?=\S)")

# A copyright sign and the years it covers: '© 2025', '(c) 2019–2025'.
_COPYRIGHT_SIGN = r"©|\(c\)"
_COPYRIGHT_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
# A line that may hold a copyright notice: the sign anywhere, or '(c)' or 'Copyright' opening it.
COPYRIGHT_MARK = re.compile(r"©|^(?:\(c\)|copyright)", re.I)
# A copyright line names the publisher: "© 2025 La Gazette de l'Est — Tous droits réservés".
COPYRIGHT_HOLDER = re.compile(
    rf"^\s*(?:{_COPYRIGHT_SIGN}|copyright)\s*(?:(?:{_COPYRIGHT_SIGN})\s*)?(?:{_COPYRIGHT_YEARS}\s*)?[.,]?\s*"
    r"(?:(?:provided|supplied) by\s+|courtesy of\s+)?"
    # a dash between spaces ends the name; one inside a name joins it ("Rhine–Vistula Institute")
    r"(?P<who>(?:[^.—–|]|(?<=\S)[—–](?=\S)){2,60}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.|,]|(?<=\s)[—–]|$)", re.I)
# The holder's name before the sign: 'Echo of the Valley © 2025. All rights reserved.'
COPYRIGHT_HOLDER_BEFORE = re.compile(
    rf"^(?P<who>[^©\d|]{{2,60}}?)\s*(?:{_COPYRIGHT_SIGN})\s*{_COPYRIGHT_YEARS}\s*[.,]?\s*(?P<rest>.*)$", re.I)

# Credits that name no outlet.
GENERIC_CREDITS = {"agencies", "agency", "wires", "wire services", "staff", "our correspondents",
                   "correspondents", "agencias", "agences", "agenturen", "redaktion", "redacción",
                   "rédaction", "staff writers", "news agencies", "agenzie"}

# Words for reader comments, as a counter's label ("Comments (12)") or its button ("Skomentuj (87)").
_COMMENT_WORDS = (r"comments?|comentarios?|comenta|commentaires?|commenter|kommentare?|kommentieren|commenti|"
                  r"commenta|komentarz[ey]?|komentarzy|skomentuj|reacties|reageer|comentários|comente|"
                  r"diskuze|diskuse|diskusia|komentáře|komentáre|komentářů|comentarii|hozzászólások|hozzászólás|kommentarer|komentarai|komentarų|komentāri|kommentaarid|"
                  r"комментари[йия]|коментар[іи]?|σχόλια|σχολια|yorumlar|yorum")

# A printed page's number: "Page 3 of 12", "Seite 2/5", "Strona 1 z 4".
_PAGE_NUMBER = r"(page|seite|página|pagina|strona|p\.)\s*\d+\s*(of|/|von|de|di|z)\s*\d+"
# The page number at the end of a running header or footer of a printed page.
PAGE_MARK = re.compile(rf"\s+{_PAGE_NUMBER}\s*$", re.I)

# The label of a list of topic tags: "Tags", "Suggested Topics", "Schlagwörter", "Tagi".
_TAG_LABEL = (r"((suggested|related|more|explore) )?(tags?|topics?|keywords|temas|themen|schlagw[oö]rter|"
              r"schlagworte|sujets|mots-clés|thèmes|argomenti|etiquetas|tagi|tematy|tematy artykułu|теги|темы|теми|"
              r"onderwerpen|assuntos|tópicos|témata|štítky|tagy|témy|etichete|címkék|taggar|emner|emneord|ämnen|aiheet)")
# The label of a press office's contacts: "Press contacts", "Pressekontakt", "Contact presse", "Ufficio stampa".
_PRESS_CONTACT = (r"(press|media|presse|pers)[ -]?(contacts?|kontakte?|enquiries|inquiries|office)|"
                  r"contacts? (presse|médias?)|contactos? de prensa|contatti stampa|contatto stampa|"
                  r"kontakt (dla mediów|prasowy)|kontakty dla mediów|контакты для (прессы|сми)|контакт для сми|"
                  r"pressestelle|service de presse|oficina de prensa|ufficio stampa|biuro prasowe|пресс-служба")

# Lines that are UI or page furniture when they *start* a short line.
UI_PREFIXES = re.compile(
    # a like counter: "Tetszik 412", "Like 1.2K", "Gefällt mir 37", "J'aime (12)", "Patinka 15"
    r"^(like|likes|tetszik|gefällt mir|j'aime|me gusta|mi piace|lubię to|curtir|vind ik leuk|patinka|patīk|"
    r"meeldib|нравится|подобається|beğen)\s*\(?\d[\d.,]*\s?[km]?\)?$|^\d[\d.,]*\s?[km]? (likes|tetszik|kedvelés)$"
    # a call to subscribe to a named newsletter, the whole line: "Subscribe to the Dispatch"
    r"|^(subscribe|sign up) (to|for) (the |our )?[\w'’ -]{2,30}$"
    r"|^(reading time|lesezeit|temps de lecture|tiempo de lectura|время чтения|leestijd|tempo di lettura|"
    r"tempo de leitura|czas czytania|час читання|lästid|læsetid|lesetid|lukuaika|doba čtení|čas čtení|"
    r"čas čítania|timp de citire|timp de lectură|olvasási idő)\b"
    r"|^\d+\s*(min|minute|minutes|mins|minuten|minuti|minutos|minut|minuty|minutes de lecture|'|′|"
    r"λεπτά|λεπτό|dk|dakika)\.?\s*(read|de lecture|"
    r"lesezeit|de lectura|leestijd|di lettura|de leitura|czytania|чтения|čtení|čítania|de citire|"
    r"ανάγνωσης|ανάγνωση|okuma|okuma süresi)?$"
    r"|^(χρόνος ανάγνωσης|okuma süresi)\b"
    # a "follow us" call naming the platform, alone on its line: "Ακολουθήστε μας στο Google News",
    # "Follow us on Google News", "Folgen Sie uns auf X", "Suivez-nous sur …", "Bizi Google News'ten takip edin"
    r"|^(follow us on|folgen sie uns (auf|bei)|suivez-nous sur|síguenos en|seguici su|siga-nos n[oa]|"
    r"obserwuj nas (w|na)|volg ons op|ακολουθήστε μας (στο|στα|στην|στον|και στο))\s+\S.{0,30}$"
    r"|^bizi .{1,30} takip edin$"
    # age-rating marks of a site or a story: "18+", "16+", "0+" alone on a line
    r"|^(age rating\s*:?\s*)?(0|6|12|16|18|21)\s?\+$"
    # "Voir les commentaires", "Show comments", "Kommentare anzeigen": the comment button, no count
    rf"|^(show|view|see|read|ver|voir|afficher|leer|lire|zeige|mostra|pokaż|zobacz|читать|показать|bekijk|toon)"
    rf"( all| the| los| les| alle| i| tutti i| wszystkie)? ({_COMMENT_WORDS})$"
    rf"|^({_COMMENT_WORDS}) (anzeigen|einblenden|ansehen|bekijken|weergeven|afficher|mostrar|mostra)$"
    # "The story continues after the advertisement", "La suite après cette publicité"
    r"|^(the )?(story|article|text) continues( below| after (the |this )?(advertisement|ad))?$"
    r"|^(la )?suite (de l'article )?(après|ci-dessous|sous) (la |cette )?(publicité|annonce)$"
    r"|^(der )?(artikel|text) (geht|wird) (unter|nach) der (anzeige|werbung) (weiter|fortgesetzt)$"
    r"|^(weiterlesen|fortsetzung) nach der (anzeige|werbung)$"
    r"|^(la noticia|el artículo|el texto) (continúa|sigue) (debajo|después de la publicidad|tras la publicidad)$"
    r"|^(l'articolo|il testo) continua (sotto|dopo la pubblicità)$"
    r"|^(dalsza część|ciąg dalszy) (artykułu|tekstu) (pod reklamą|poniżej)$"
    r"|^(het artikel|lees) (gaat )?verder (onder|na) de advertentie$"
    r"|^(продолжение|статья продолжается) (ниже|после рекламы)$"
    # rating widgets: "Rate this article", "Artikel bewerten", "Оцените статью"
    r"|^(rate|evaluate) (this|the) (article|story|post|page|translation)$"
    r"|^(diesen |den )?(artikel|beitrag) bewerten$|^(noter|évaluer) (cet|l')\s?article$"
    r"|^(valora|valorar|califica) (este|el) artículo$|^(valuta|vota) (questo |l')\s?articolo$"
    r"|^oceń (ten )?artykuł$|^оцени(те)? (эту )?статью$|^beoordeel (dit|het) artikel$"
    # "Download as PDF", "PDF herunterladen", "Télécharger en PDF": a document's download link
    r"|^(download|télécharger|descargar|scarica|pobierz|скачать|downloaden)( as| en| in| como| come| jako| в| als)?"
    r"( the| a| le| el| il)? (pdf|print version|document)( \([^)]{1,20}\))?$"
    r"|^(als )?pdf (herunterladen|downloaden)$"
    # a link to the page of a meeting, dossier or event: "Visit the meeting page", "Go to the dossier"
    r"|^(visit|go to|see|view|open) (the |our )?([\w-]+ ){0,3}(page|website|web page|homepage|dossier|site)$"
    r"|^(zur|zum) ([\w-]+ ){0,2}(seite|webseite|dossier|sitzungsseite|themenseite)$"
    r"|^(visiter|consulter|voir) (la|le) (page|site|dossier)( [\w'-]+){0,4}$"
    r"|^(visita|consulta|ver) (la|el) (página|sitio|dossier|pagina)( [\w'-]+){0,4}$"
    # contact lines of a press office: a bare phone number or e-mail address, or a labelled one
    r"|^\+\d{1,3}[\d\s()./-]{6,}\d$"
    r"|^(tel|tél|phone|telephone|téléphone|telefon|teléfono|telefono|mobile|mob|gsm|fax|телефон|тел)\.?\s*:?\s*"
    r"\+?\(?\d[\d\s()./-]{5,}\d$"
    r"|^((e-?mail|mail|courriel|correo|почта)\s*:?\s*)?(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+$"
    # a live blog's filter: "Show key events only", "Nur Key Events anzeigen"
    r"|^(show|only show|nur) (the )?(key|main|important|wichtige) (events|moments|posts|updates|ereignisse)"
    r"( only| anzeigen)?$"
    # a video or interview link under a transcript or report: "Watch the full interview"
    r"|^(watch|listen to|see|view) (the |our )?(full |whole |entire |complete |original )?(interview|video|"
    r"programme|program|episode|show|broadcast|report|clip|debate|speech|discussion|conversation|podcast)"
    r"( here| now| again| online| below| in full)?$"
    r"|^(regardez|écoutez|revoir|réécouter) (l'|le |la )\s?(entretien|interview|vidéo|émission|débat)"
    r"( en entier| complet| complète| intégral)?$"
    r"|^(ver|mira|escucha) (la |el )?(entrevista|vídeo|video|programa|debate)( completa| completo| íntegra)?$"
    r"|^(guarda|ascolta) (l'|il |la )\s?(intervista|video|puntata|dibattito)( completa| completo| integrale)?$"
    r"|^(das )?(ganze|komplette|vollständige) (interview|video|gespräch|sendung)( ansehen| anhören| im video)?$"
    r"|^(zobacz|obejrzyj|posłuchaj) (cały |całą )?(wywiad|rozmowę|materiał|nagranie|program)$"
    r"|^(смотрите|смотреть|слушайте) (полное |полностью )?(интервью|видео|выпуск|программу)( полностью)?$"
    # a transcript's end marker: "[END OF TRANSCRIPT]", "(END)", "[COMMERCIAL BREAK]"
    r"|^[\[(]\s*(end|the end|end of (the )?(transcript|interview|programme|program|broadcast|video|audio|clip)|"
    r"ende( des (transkripts|interviews))?|fin( de la transcription| de l'entretien)?|fine|koniec|конец|"
    r"commercial break|break)\s*[\])]$"
    r"|^-*\s*end of (the )?transcript\s*-*$"
    r"|^(photo|foto|image|picture|credit|credits|bild|photo credit|source image)\s*:"
    r"|^(sign up|subscribe) (for|to) (our|the)\b.*\b(newsletter|briefing|updates)"
    r"|^(follow|like) us on\b|^download (our|the) app\b"
    # "Follow us: LinkedIn | X", "Folgen Sie uns auf Instagram", "Obserwuj nas w Google News"
    r"|^(follow us|find us|folgen sie uns|folge uns|suivez-nous|síguenos|seguinos|seguici|obserwuj nas|"
    r"siga-nos|volg ons|следите за нами|стежте за нами|sledujte nás|sledujte nas|sledujte nás také|"
    r"urmăriți-ne|urmareste-ne|kövessen minket|kövess minket|följ oss|følg os|følg oss|seuraa meitä)"
    r"(\s*:|\s+(on|auf|sur|en|su|w|na|in|op|в|pe|på|no)\b|$)"
    # "Siga a Gazeta no WhatsApp", "Follow The Daily Post on Google News", "Folgen Sie der Zeitung auf
    # Instagram": the outlet's own channel on a network, said to the reader (a short line naming the network)
    r"|^(follow|siga|sigue|segue|suivez|folgen sie|folge|segui|seguite|obserwuj|sledujte|volg|следите за|"
    r"стежте за|urmăriți|följ|følg)\b.{0,40}\s(on|no|na|en|sur|auf|bei|su|w|op|в|pe|på|via)\s+"
    r"(whatsapp|telegram|google news|google zprávy|google actualités|google noticias|google notícias|"
    r"instagram|facebook|x|twitter|linkedin|youtube|tiktok|threads|bluesky|mastodon|flipboard|signal|"
    r"viber|apple news|seznam zprávy)( channel| kanálu| kanál)?$"
    # an app's prompt to follow a topic or turn on alerts: "Tap to follow Europe and get alerts on this story"
    # a comment box's login prompt: "Para comentar es necesario estar registrado", "You must be logged in to
    # post a comment", "Um zu kommentieren, müssen Sie angemeldet sein", "Pour commenter, vous devez être connecté"
    r"|^(you must|you need to|please) (be )?(log(ged)? in|sign(ed)? in|register(ed)?) to (post a |leave a |write a )?comment"
    r"|^(log in|sign in|register) to (post a |leave a |write a )?comment"
    r"|^para comentar (es necesario|debes|tienes que|hay que) (estar registrado|registrarse|iniciar sesión|identificarse)"
    r"|^(um|zum) (zu )?kommentieren,? (müssen sie|musst du) (sich |dich )?(angemeldet|eingeloggt|registriert)"
    r"|^pour commenter,? (vous devez|il faut) (être connecté|vous connecter|être abonné)"
    r"|^per commentare (devi|è necessario) (essere registrato|accedere|effettuare il login)"
    r"|^(aby|żeby) (skomentować|dodać komentarz),? (musisz|należy) (się )?zalogować"
    r"|^(чтобы|щоб) (оставить|залишити|прокомментировать|прокоментувати)( комментарий| коментар)?,? "
    r"(авторизуйтесь|войдите|увійдіть|необходимо войти|потрібно увійти)"
    r"|^(tap|click|press|klicken sie|touchez|cliquez|toca|pulsa|tocca|kliknij|dotknij|toque) (here |hier |ici |aquí |qui |tutaj |aqui )?"
    r"(to|um|pour|para|per|aby) (follow|folgen|suivre|seguir|seguire|obserwować|sledovat|get (alerts|notifications)|"
    r"turn on (alerts|notifications)|subscribe|abonnieren|s'abonner)\b"
    r"|^(get|turn on|receive|enable) (alerts|notifications|push notifications|news alerts) (on|about|for) "
    r"(this|the) (story|topic|article)\b"
    r"|^(follow|folgen|suivre|seguir|seguire|obserwuj|sledovat) (this|dieses|ce|este|questo|ten|to) "
    r"(topic|story|thema|sujet|tema|argomento|temat|téma)$"
    # "Sent from my iPhone" under a forwarded text (a shared story's app banner is APP_SHARE)
    r"|^(sent from|gesendet von|von meinem|envoyé de|enviado desde|inviato da|wysłane z) (my |mein(em)? |mon |mi |il mio |mojego )?"
    r"(iphone|ipad|android|samsung|galaxy|smartphone|mobile|blackberry|outlook)\b.{0,20}$"
    r"|^(get|download) .{2,40}? (free )?(on|for) (ios|iphone|android)( (and|&|or) (ios|iphone|android))?$"
    r"|^(download|get|install) (the|our) (free )?app\b"
    # a relative stamp of a shared story alone on its line: "Today, 09:14", "Yesterday at 18:30", "Heute, 14:05 Uhr"
    r"|^(today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|"
    r"dzisiaj|dziś|wczoraj|dnes|včera|astăzi|azi|ieri|сегодня|вчера|сьогодні|вчора|idag|igår|i dag|i går)"
    r",?\s*((at|um|à|às|a las|alle|om|o|v|ve|la|в|kl\.?)\s*)?\d{1,2}[:.h]\d{2}(\s*(uhr|h|am|pm|a\.m\.|p\.m\.))?$"
    # a post's counts: "212.4K", "1.2K Views", "318 likes", "4.8K reposts", "Aufrufe"
    r"|^\d{1,3}([.,]\d)?[km]$"
    r"|^[\d.,]+\s?[km]?\s+(views|likes|reposts|retweets|replies|shares|bookmarks|quotes|reactions|"
    r"aufrufe|ansichten|vues|réactions|visualizaciones|reproducciones|visualizzazioni|wyświetle\w*|zobrazení)$"
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
    rf"|^{_TAG_LABEL}\s*:"
    r"|^(advertisement|anzeige|publicité|реклама)\b.{0,30}$"
    r"|^(audio|video|podcast|galerie|gallery|vidéo|vídeo|livestream)\s*:.*\(\d+[:.]?\d*\s*(min|sec|s)\.?\)$"
    r"|^(auto-?update|auto-?refresh|live-?ticker|aktualisierung)\s*:\s*(on|off|an|aus|ein)$"
    rf"|^(link to the (video|audio|photos?)|{_PRESS_CONTACT})\s*:"
    rf"|^{_PAGE_NUMBER}$|^\d+\s*/\s*\d+$"
    # audio players and language switchers
    r"|^(press play to listen|click (here )?to listen|listen to (this|the) (article|story)|"
    r"voiced by (artificial intelligence|ai)|audio (version )?(generated|produced) by|"
    r"artikel vorlesen lassen|écouter (cet|l')article|ouvir (este|o) artigo|ouça (este|o) artigo|"
    r"escuchar (este|el) artículo|escucha (este|el) artículo|ascolta (questo|l')\s?articolo|"
    r"posłuchaj (tego )?artykułu|poslechněte si (tento )?článek|poslechnout (si )?článek|vypočujte si článok|"
    r"ascultă (acest )?articol|прослушать (эту )?статью|послухати статтю|luister naar (dit|het) artikel)\b"
    r"|^(this (article|story|page) is )?(also )?available in\s*:?\s*\w+(\s*[|,/·]\s*\w+)*\.?$"
    r"|^(read (this|it) in|lire en|auf deutsch lesen|leer en)\s*:?\s*\w+\.?$"
    r"|^über dieses thema berichtete\w* .{0,100}$|^dieses thema im programm\s*:.{0,80}$"
    r"|^share this (live ?blog|live coverage|blog|video|report|episode|briefing|newsletter|gallery|transcript|"
    r"interview|podcast|programme|program|show|post|page|story|article)$"
    r"|^(learn more|find out more|mehr erfahren|en savoir plus|más información|saiba mais|scopri di più|"
    r"dowiedz się więcej)( about [\w-]+( [\w-]+)?)?$"
    r"|^discover more from\b|^(over |more than )?[\d,.]+\s?k?\+? (subscribers|followers|readers)$"
    r"|^\d{1,5}$"
    r"|^(editor|editors|editing|edited by|responsible editor|redakteur|redakteurin|rédacteur|"
    r"rédactrice|redactor|redactora|a cura di|редактор)\s*:\s*[^.]{2,60}$"
    # the publisher legally responsible under press law, in a site's footer: "Ansvarig utgivare: …",
    # "Ansvarshavende redaktør: …", "V.i.S.d.P.: …", "Directeur de la publication : …"
    r"|^(ansvarig utgivare|ansvarshavande utgivare|ansvarshavende (redaktør|chefredaktør)|ansvarlig redaktør|"
    r"vastaava päätoimittaja|v\.\s?i\.\s?s\.\s?d\.\s?p\.?|verantwortlich (im sinne des presserechts|i\.\s?s\.\s?d\.\s?p\.?)|"
    r"inhaltlich verantwortlich|directeur de la publication|directrice de la publication|"
    r"director de la publicación|direttore responsabile|odpovědný redaktor|zodpovedný redaktor|"
    r"відповідальний редактор|ответственный редактор)\s*:?\s+[^.]{2,60}$",
    re.I,
)

# A developing story's note that it will be updated: "This article will be updated as more information
# becomes available", "This is a developing story", "Dieser Artikel wird aktualisiert", "Cet article sera
# mis à jour", "Esta noticia se irá actualizando", "Новина доповнюється". Said of
# the page itself ("this article"), on a short line of its own: "the report will be updated" is news.
UPDATE_NOTICE = re.compile(
    r"^this (article|story|page|post|live blog|blog) (will be|is being|may be) (updated|refreshed)\b"
    r"|^this (is a|story is) (developing|breaking) (story|news)?\b|^(this is a )?developing story\b"
    r"|^(dieser|der) (artikel|beitrag|text) wird (laufend |fortlaufend |weiter )?(aktualisiert|ergänzt)\b"
    r"|^(cet|l') ?article (sera|est) (régulièrement |prochainement )?(mis à jour|actualisé|complété)\b"
    r"|^(esta|la) (noticia|información) (se irá|será|se está) (actualizando|ampliando|actualizada|ampliada)\b"
    r"|^(questo|l') ?articolo (sarà|verrà|è in) (aggiornato|aggiornamento)\b"
    r"|^(artykuł|tekst|informacja) (będzie|jest) (aktualizowan[ya]|uzupełnian[ya])\b"
    r"|^(dit|het) (artikel|bericht) wordt (bijgewerkt|aangevuld)\b"
    r"|^(artikeln|texten) (uppdateras|kommer att uppdateras)\b"
    r"|^(новость|статья|материал) (будет )?(дополняется|обновляется|дополняться|обновляться)\b"
    r"|^(новина|статтю|стаття|матеріал) (буде )?(доповнюється|оновлюється|доповнюватися|оновлюватися)\b", re.I)

# A shared story's app banner naming the outlet's app: "Shared from the Daily Post app", "Geteilt über die
# Tagesblatt-App", "Partagé depuis l'application Le Courrier", "Compartido desde la app de El Diario".
APP_SHARE = re.compile(
    r"^(?:shared|sent|opened|read) (?:from|via|with|in|using) (?:the )?(?P<who>.{2,50}?)(?:'s)? app$"
    r"|^(?:geteilt|gesendet) (?:über|aus|mit|via) (?:der |die |dem )?(?P<de>.{2,50}?)[- ]app$"
    r"|^(?:partagé|envoyé) (?:depuis|via|avec) l['’](?:application|app) (?:de )?(?P<fr>.{2,50})$"
    r"|^(?:compartido|enviado|partilhado|compartilhado|condiviso|udostępnione|udostępniono|sdíleno) "
    r"(?:desde|con|vía|via|a partir d[ae]|pel[ao]|do|dall'|dalla|z) ?(?:la |a |o )?"
    r"(?:app|aplicación|aplicação|aplikacji|aplikace) (?:de |do |da )?(?P<other>.{2,50})$", re.I)
# A platform's buttons: a verb of the interface and what it acts on ('See new posts', 'Show
# more replies', 'View all comments', 'Open in app', 'Read the original').
UI_PHRASE = re.compile(
    r"^(?:see|show|view|load|open|read|translate|download|get)\b(?:\s+\S+){0,3}?\s+"
    r"(?:posts?|tweets?|repl(?:y|ies)|comments?|more|less|app|thread|original|translation|updates?)$", re.I)
# A name that is a web address: 'Rozhled24.cz', 'www.harbour-news.example'.
DOMAIN_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$")

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
    # a call to join the outlet's channel on a messenger: "Підписуйтесь на наш Telegram-канал",
    # "Join our WhatsApp channel", "Abonnez-vous à notre chaîne Telegram", "Folgen Sie unserem WhatsApp-Kanal"
    r"(підписуйтесь|підписуйтеся|підпишіться|подпишитесь|приєднуйтесь до|присоединяйтесь к) (на )?"
    r"(наш|нашого|нашему|нашої|нашу|наші|наши)\b|"
    r"(join|subscribe to|follow) our (telegram|whatsapp|viber|signal|youtube|tiktok)( channel| group)?\b|"
    r"abonnez-vous à notre (chaîne|canal)|(folgen sie|abonnieren sie) unserem (telegram|whatsapp)|"
    r"(suscríbete|únete) a nuestro canal|iscriviti al nostro canale|"
    r"forward this (email|newsletter|to a (friend|colleague))|"
    # "Zapisz się na nasz newsletter", "Suscríbete a nuestra newsletter de …", "Abonnieren Sie unseren Newsletter"
    r"(subscribe|sign up|zapisz się|subskrybuj|suscríbete|suscribite|apúntate|abonnez-vous|"
    r"inscrivez-vous|abonnieren sie|melden sie sich|iscriviti|assine|inscreva-se|abonneer|meld je aan|"
    r"подпишитесь|підпишіться|prenumeruokite|užsiprenumeruokite|abonējiet|pierakstieties|telli|tellige|"
    r"iratkozzon fel|iratkozz fel)\b.{0,40}\b(newsletters?|boletín|biuletyn|infolettre|rundbrief|рассылк\w*|розсилк\w*|"
    r"naujienlaišk\w*|jaunumu vēstul\w*|jaunumiem|uudiskir\w*|hírlevel\w*)|"
    # a newsletter box's pitch: "Recevez chaque matin l'essentiel de …", "Get the day's news every morning"
    r"^\s*(recevez|receive|get|erhalten sie|recibe|reciba|ricevi|ricevete|otrzymuj|receba|ontvang|gaukite|saņemiet|"
    r"saa|kapja meg)\b.{0,40}\b(chaque (matin|jour|soir|semaine)|tous les (matins|jours|soirs)|every (morning|day|"
    r"evening|week)|jeden (morgen|tag|abend)|cada (mañana|día|semana)|ogni (mattina|giorno|settimana)|"
    r"każdego (ranka|dnia)|todas as manhãs|elke (ochtend|dag)|kiekvieną (rytą|dieną)|katru (rītu|dienu)|"
    r"igal (hommikul|päeval)|minden (reggel|nap))\b.{0,80}\w(?=[.!]?\s*$)|"
    # a cookie banner's agreement: "Naudodamiesi šia svetaine sutinkate su slapukų naudojimu"
    r"sutinkate su slapukų|slapukų (naudojim|politik)\w*|sīkdatņu (izmantošan|politik)\w*|piekrītat sīkdatņu|"
    r"küpsiste (kasutamis|poliitik)\w*|nõustute küpsiste|sütik(et)? (használat|haszn)\w*|"
    r"by (using|continuing to use) this (web)?site,? you (agree|consent) to (our |the )?(use of )?cookies|"
    r"en poursuivant (votre navigation|sur ce site),? vous acceptez (l'utilisation des|les) cookies|"
    # "The Daily Briefing newsletter brings you … Sign up here."
    r"\bnewsletter\b.{0,160}[.!?:]\s+(sign up|subscribe|jetzt anmelden|inscrivez-vous|suscríbete)\b"
    r"[^.!?]{0,20}?(?=[.!]?$)|"
    r"\b(sign up|subscribe) here\b|"
    # a newsletter's sign-up line naming it: "Sign up to the Harbour Notes weekly briefing" (the whole line)
    r"^\s*(sign up|subscribe|register) (now )?(to|for) (the |our )?.{0,50}\b(briefing|newsletter|bulletin|digest)"
    r"( here| now| today)?[.!]?\s*$|"
    r"(was|is) this (email|e-mail|newsletter) forwarded|(got|received) this (email|newsletter) from a friend|"
    # "If you notice an error, select it and press Ctrl+Enter"
    r"\bctrl\s?\+\s?enter\b|"
    # a paywall over the rest of the text: "To continue reading, subscribe to …", "Subscribe to keep reading",
    # and its offer: "Unlimited digital access for €1 for your first month. Cancel anytime." (opening the line)
    r"^\s*((to (continue|keep) reading|to read (the full|this|the rest of this) (article|story)),? (please )?"
    r"(subscribe|sign in|log in|register|become a (member|subscriber))"
    r"|(subscribe|sign in|log in|register) (now )?to (continue|keep) reading"
    # "Abonnez-vous pour lire la suite", "Abbonati per leggere tutti gli articoli", "Subscribe to read"
    r"|(subscribe|sign up) (now )?to read\b|(abonnez-vous|abonnez vous|inscrivez-vous) pour (lire|continuer|accéder)"
    r"|abbonati per (leggere|continuare|accedere)|(suscríbete|suscribite) para (leer|seguir|continuar)"
    r"|jetzt abonnieren,? um|(assine|assina) para (ler|continuar)|συνδρομητές μόνο|γίνετε συνδρομητής"
    r"|abone olun,? (okumaya|haberin)"
    # ("Zum Weiterlesen" alone labels a box of teasers: RELATED_HEAD)
    r"|(um|zum) (weiter ?zu ?lesen|weiterlesen|den (ganzen|vollständigen) artikel zu lesen)(?=\W+\w)"
    r"|(jetzt )?weiterlesen mit|(pour|afin de) (lire la suite|continuer (à|votre) lecture)"
    r"|(para|si quieres) (seguir|continuar) leyendo|per (continuare a leggere|leggere (tutto )?l'articolo)"
    r"|(aby|żeby) (czytać dalej|przeczytać (cały )?artykuł)|para (continuar a ler|ler (o artigo|mais))"
    r"|(chcete-li|pro) (číst dál|pokračovat ve čtení|přečtení celého článku)"
    r"|(unlimited (digital |online )?access|(digital|online) access|unbegrenzter (digitaler )?zugang|"
    r"accès (numérique )?illimité|acceso (digital )?ilimitado|accesso (digitale )?illimitato|"
    r"acesso (digital )?ilimitado|nieograniczony dostęp|neomezený přístup)\b"
    r".{0,60}(€|\$|£|\beur\b|\busd\b)\s?\d[\d.,]*.{0,40}\b(month|week|year|monat|woche|jahr|mois|semaine|"
    r"mes|semana|año|mese|settimana|anno|miesiąc|měsíc|mês|ano)\w*)\b|"
    r"follow \S+ coverage of|réservé aux abonnés|for subscribers only|subscriber[- ]only|"
    r"nur für abonnenten|exclusivo para suscriptores|riservato agli abbonati)\b",
    re.I,
)

# A transcript's name in the archive's languages.
_TRANSCRIPT = (r"transcript|transcription|transcripción|transcrição|trascrizione|transkript|transkription|"
               r"transkrypcja|transcriptie|abschrift|wortprotokoll|sendungsprotokoll|стенограмма|стенограма|"
               r"расшифровка|розшифровка")
# The label of a broadcast's transcript, alone on its line over the programme's name and air date.
PROGRAMME_LABEL = re.compile(
    rf"^((full |rush |interview |programme |program |show |episode )?transcript|{_TRANSCRIPT})\s*:?$", re.I)

DISCLAIMER_HEAD = re.compile(
    r"^(legal disclaimer|disclaimer|legal notice|haftungsausschluss|rechtlicher hinweis|"
    r"avertissement|mentions légales|aviso legal|nota legale|terms of use|nutzungsbedingungen)"
    r"\s*:?\s*$", re.I)
DISCLAIMER_LINE = re.compile(
    r"(provides the information [\"“']?as is|without warranty of any kind|all rights reserved|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    # "Riproduzione riservata ©", "Με επιφύλαξη παντός δικαιώματος", "Tüm hakları saklıdır"
    r"riproduzione riservata|με επιφύλαξη (παντός|κάθε) δικαιώματος|tüm hakları saklıdır|"
    rf"^\s*({_COPYRIGHT_SIGN}|copyright)\s|"
    r"\bthe views (and opinions )?expressed (in this|here)|"
    r"does not necessarily reflect|views expressed (are|here are) (those|solely)|"
    # an authors' disclaimer: "Views expressed are their own.", "Die Beiträge geben die Meinung der Autoren wieder"
    r"\b(the )?(views|opinions) expressed (here |in this \w+ )?are (their|his|her|my|our|the authors?'?s?) own\b|"
    r"les opinions exprimées (n'engagent que|sont celles de)|las opiniones expresadas son (responsabilidad )?"
    r"(exclusiva )?de (los|sus|la) autor|le opinioni espresse sono (quelle )?(dell'autore|degli autori)|"
    r"(gibt|geben) (ausschließlich )?die (persönliche )?meinung (des autors|der autorin|der autoren) wieder|"
    r"this (material|content) may not be (published|reproduced)|"
    r"may not be reproduced|reproduction (is )?(prohibited|interdite)|"
    # a transcript's note on how it was made: "Transcripts are produced by an automated service …",
    # "This is a rush transcript", "Dieses Transkript wurde automatisch erstellt"
    # (self-referring only: "the transcript was edited" is news about a transcript)
    rf"^\s*(this |our |dieses |cette |esta |questa |ta )?({_TRANSCRIPT})(s|e)?"
    r"(\s+(of|for|from|in|des|der|de|du|di|del|z)\s+[^.]{1,30}?)?"
    r"\s+(is|are|was|were|"
    r"has been|have been|wurde|werden|est|sont|a été|fue|es|è|jest|został[ao]?)\s+(\w+\s+)?(produced|generated|"
    r"created|made|edited|checked|prepared|provided|computer-generated|machine-generated|automated|"
    r"automatically|erstellt|generiert|automatisch|produite?s?|générée?s?|automatiquement|generada|"
    r"automáticamente|generata|automaticamente|wygenerowan[aey]|automatycznie)\b|"
    r"^\s*this is a rush transcript\b|copy may not be in its final form|"
    # a financial portal's note under its prices: "Alle Kurse mit mindestens 15 Minuten Verzögerung. Keine
    # Anlageberatung.", "Quotes delayed by at least 15 minutes. Not investment advice."
    r"^\s*(all )?(quotes|prices|price data|market data|alle kurse|kurse|kursdaten|cours|cotizaciones|quotazioni)\b"
    r".{0,30}\b(delayed|verzögert|verzögerung|différés?|retrasad[ao]s?|retraso|ritardat[ei])\b|keine anlageberatung\.?\s*$|^\s*(this is )?not (intended as )?investment advice\b|"
    r"ne constitue pas un conseil en investissement\.?\s*$|no constituye asesoramiento (financiero|de inversión)\.?\s*$)",
    re.I,
)

# The links of a site's footer: "Impressum | Datenschutz | AGB", "Aviso legal | Política de cookies".
FOOTER_LINK = re.compile(
    r"^(imprint|impressum|privacy|privacy policy|privacy notice|datenschutz|datenschutzerklärung|terms|"
    r"terms of (use|service)|agb|nutzungsbedingungen|contact|contact us|kontakt|cookies?|cookie policy|"
    r"cookie settings|cookie-einstellungen|accessibility|barrierefreiheit|about us|über uns|aviso legal|"
    r"política de privacidad|política de cookies|contacto|mentions légales|confidentialité|cgu|"
    r"regulamin|polityka prywatności|note legali|sitemap|rss|"
    # Greek and Turkish footers: "Όροι χρήσης | Πολιτική απορρήτου | Επικοινωνία", "Künye | Gizlilik Politikası"
    r"όροι χρήσης|πολιτική απορρήτου|πολιτική cookies|επικοινωνία|ταυτότητα|όροι και προϋποθέσεις|"
    r"kullanım koşulları|gizlilik politikası|çerez politikası|iletişim|künye|kvkk|abo-angebote)$", re.I)

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
    r"\.?\s*$|"
    # a translator's feedback widget left under the page: "Rate this translation", "Your feedback will be
    # used to help improve Google Translate"
    r"^\s*(rate this translation|diese übersetzung bewerten|évaluer cette traduction|noter cette traduction|"
    r"valorar esta traducción|valora esta traducción|valuta questa traduzione|oceń (to )?tłumaczenie|"
    r"оцените (этот )?перевод|beoordeel deze vertaling|was this translation (helpful|useful)\??)\.?\s*$|"
    r"^\s*(your |ihr |votre |vos |tu |tus |il tuo |la tua |twoja |twoje |ваш |uw |je )?(feedback|rückmeldung|avis|"
    r"commentaires|comentarios|opinión|valutazione|opinia|opinie|отзыв)\b[^.]{0,80}"
    r"\b(improve|verbessern|améliorer|mejorar|migliorare|ulepszyć|ulepszania|улучш\w*|verbeteren)\b.{0,20}"
    r"\b(google (translate|übersetzer|traduction|traductor|traduttore|tłumacz|переводчик|vertalen)|"
    r"(traductor|traduttore|tłumacza?) google|google-übersetzer)\.?\s*$)",
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
# A translator's bar over the page it translated, naming the original's language: 'This page has
# been translated from Polish', 'Diese Seite wurde aus dem Polnischen übersetzt', 'Cette page a été
# traduite du polonais'. Browser and site translators word it so in many languages. (meta reads it from
# the raw header lines; unlike MT_NOTICE it does not make the cleaner drop the line.)
PAGE_TRANSLATED = re.compile(
    r"\b(this page (has been|was|is) (automatically |machine[- ])?translated|"
    r"diese seite wurde (automatisch |maschinell )?(aus dem \w+ )?übersetzt|"
    r"cette page a été (automatiquement )?traduite|esta página (ha sido|fue) traducida|"
    r"questa pagina è stata tradotta|ta strona została przetłumaczona|deze pagina is vertaald|"
    r"эта страница (была )?переведена|ця сторінка (була )?перекладена)", re.I)
# The original's language after 'from' in the translator's language: 'from Polish', 'dal polacco',
# 'z języka polskiego', 'uit het Pools', 'с польского', 'з польської' (German, French and Spanish
# are read by TRANSLATED_FROM).
FROM_LANGUAGE = re.compile(
    r"\b(?:from|dal|dall'|dallo|z(?: języka)?|uit het|с|з|do|do idioma)\s+(?:the\s+)?(?P<lang>[^\W\d_]+)", re.I)
# Language names in the forms translation notices use them ('from Polish', 'aus dem Polnischen',
# 'dal polacco', 'z języka polskiego', 'uit het Pools', 'с польского', 'з польської').
LANGUAGE_NAMES = {
    "russian": "ru", "russisch": "ru", "russe": "ru", "ruso": "ru", "ukrainian": "uk",
    "ukrainisch": "uk", "ukrainien": "uk", "german": "de", "deutsch": "de", "allemand": "de",
    "alemán": "de", "french": "fr", "französisch": "fr", "français": "fr", "francés": "fr",
    "spanish": "es", "spanisch": "es", "espagnol": "es", "español": "es", "italian": "it",
    "italienisch": "it", "polish": "pl", "polnisch": "pl", "english": "en", "englisch": "en",
    "anglais": "en", "inglés": "en", "chinese": "zh", "arabic": "ar", "persian": "fa",
    "turkish": "tr", "portuguese": "pt", "dutch": "nl",
    "czech": "cs", "slovak": "sk", "hungarian": "hu", "romanian": "ro", "bulgarian": "bg", "greek": "el",
    "croatian": "hr", "serbian": "sr", "slovenian": "sl", "lithuanian": "lt", "latvian": "lv",
    "estonian": "et", "finnish": "fi", "swedish": "sv", "danish": "da", "norwegian": "no",
    "belarusian": "be", "georgian": "ka", "japanese": "ja", "korean": "ko", "hebrew": "he",
    "polacco": "pl", "russo": "ru", "ucraino": "uk", "tedesco": "de", "francese": "fr", "spagnolo": "es",
    "italiano": "it", "polskiego": "pl", "rosyjskiego": "ru", "ukraińskiego": "uk", "niemieckiego": "de",
    "angielskiego": "en", "francuskiego": "fr", "pools": "pl", "oekraïens": "uk",
    "duits": "de", "frans": "fr", "engels": "en", "польского": "pl", "украинского": "uk", "английского": "en",
    "немецкого": "de", "русского": "ru", "польської": "pl", "російської": "ru", "англійської": "en",
    "німецької": "de", "polonês": "pl", "ucraniano": "uk",
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
# The words before a credit's names: "Reporting by", "Additional reporting by", "Compiled by", "By".
_REPORTED_BY = r"(?:additional\s+)?(?:reporting|writing|editing)\s+by|compiled by|written by|by"
REPORTED_BY = re.compile(rf"^(?:{_REPORTED_BY})\s+", re.I)
REPORTING_CREDIT = re.compile(
    rf"^\(?\s*({_REPORTED_BY})"
    r"\s+[^.;]{2,120}(;\s*[a-z][\w -]{1,40}\sby\s[^.;]{2,100})*\)?\.?$"
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

# Month names as dates are written in the archive's languages (genitive where a date takes it), for
# parsing dates and for telling a line that is only a date.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8, "okt": 10,
    # Swedish, Danish, Norwegian (the rest are spelt as in English, German or Dutch)
    "maj": 5, "augusti": 8, "marts": 3, "desember": 12,
    # Polish (genitive, as dates are written, and nominative)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8,
    "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
    # Czech (genitive)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Ukrainian (genitive)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Greek (genitive, as dates are written, and nominative; set in capitals, without accents too)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαίου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6,
    "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
    # Hungarian (written year first: '2025. március 14.')
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "augusztus": 8, "szeptember": 9, "október": 10,
}


def _unaccented(word: str) -> str:
    """Greek set in capitals drops its accents ('ΜΑΡΤΙΟΥ'): the word matches without them too."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


MONTHS.update({_unaccented(k): v for k, v in list(MONTHS.items()) if k != _unaccented(k) and
               any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in k)})
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Weekdays, also abbreviated, so that a stamp reads as a date only ("Tuesday, 02 January 2024 12:17 GMT",
# "dinsdag 12 maart 2024", "środa, 10 września 2025", "четверг, 14 февраля 2025").
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            "lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
            "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
            "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
            "poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
            "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
            "понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|"
            "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
            "δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|δευτερα|τεταρτη|πεμπτη|παρασκευη|σαββατο|κυριακη|"
            "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim")
# Time zones and hour marks written after a stamp's time: '12:17 GMT', '14:32 Uhr', '10:15 uur',
# 'godz. 9:30', 'ore 18'.
TIME_ZONES = (r"gmt|utc|cet|cest|eet|eest|bst|est|edt|pst|pdt|cst|cdt|mst|mdt|aest|aedt|jst|kst|msk|z|"
              r"am|pm|h|hrs|uhr|horas?|uur|godz|ore")
# The small words of a written date ('on', 'the', 'de', 'om', 'alle', 'às') and the year's abbreviation
# ('2025 r.', '2025 г.').
DATE_FILLERS = r"on|the|of|at|de|del|a|las|am|um|le|à|el|il|dnia|om|alle|às|r|г|р|в|о|kl|klockan|klokken|kello|klo"
# Removed, in this order, from a line that should hold nothing but a date (digits and punctuation
# first, so that "12.March" leaves a month word behind).
DATE_NOISE = (
    re.compile(r"(?<=\d)(?:st|nd|rd|th|er|e)\b", re.I),  # ordinal endings, before the digits go: '7th', '1er'
    re.compile(r"\d{1,4}|\b[ap]\.m\.|[,.:/|()+\-–]", re.I),  # 'a.m.' before its points go
    re.compile(rf"\b({TIME_ZONES})\b", re.I),
    re.compile(rf"\b({WEEKDAYS})\b", re.I),
    re.compile(rf"\b({MONTH_NAMES})\b", re.I),
    re.compile(rf"\b({DATE_FILLERS})\b", re.I),
)
# A stamp's time told from now: '2 hours ago', 'vor 3 Stunden', 'il y a 2 heures', 'hace 5 minutos', '3 ore fa',
# '2 godziny temu', '3 часа назад', '2 uur geleden', 'há 2 horas', and the day words ('yesterday, 14:05').
RELATIVE_TIME = re.compile(
    r"\b(\d{1,3}|an?|one)\s+[^\W\d_]{1,12}\.?\s+(ago|temu|назад|тому|geleden|fa|sedan|siden)\b"
    r"|\b(vor|il y a|hace|há)\s+(\d{1,3}|einer?|einem|une?|un|una)\s+[^\W\d_]{1,12}\b"
    r"|\b(today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|"
    r"dzisiaj|dziś|wczoraj|сегодня|вчера|сьогодні|вчора|idag|igår)\b", re.I)
# A place before a stamp's date: 'Luxembourg, 20 October 2025', 'Berlin/Warsaw, 12 November 2025', 'Berlin, March 18, 2025'.
PLACE_BEFORE_DATE = re.compile(
    rf"^[A-ZÀ-Ý][\w .'/-]{{1,30}},\s+(?=\S*\d|(?i:{MONTH_NAMES})\.?\s+[0-3]?\d\b)")
# The word a stamp's label may take before its date: 'Published on', 'Publié le', 'Gepubliceerd op',
# 'Wyemitowano w'. A whole word only: 'Published Wednesday …' keeps its weekday.
_LABEL_PREP = r"(?:(?:on|at|am|le|el|il|em|op|w|в)\b)?"
# The labels of an update stamp: 'Updated 3 hours ago', 'Stand: 22.05.2025', 'Aktualizacja: …'.
_UPDATE_LABELS = (
    r"updated|modified|last modified|aktualisiert|zuletzt aktualisiert|stand|"
    r"mis à jour|modifié|actualizado|actualización|atualizado|aggiornato|aggiornamento|"
    r"bijgewerkt|aktualizacja|zaktualizowano|обновлено|оновлено|"
    r"aktualizováno|aktualizované|actualizat|frissítve|uppdaterad|opdateret|oppdatert|päivitetty|"
    r"(?:ultima\s+)?modific(?:a|ato)|τελευταία ενημέρωση|ενημέρωση|ενημερώθηκε|"
    # the bare noun only before a date: "Update: 11.09.2025, 07:55" ("Update: Kyiv says …" is a live entry)
    r"update(?=\s*:\s*(\d{1,4}[./-]\d|\d{1,2}\.?\s+[^\W\d]+\.?,?\s+\d{4}))")
UPDATED_STAMP = re.compile(rf"^(last\s+)?({_UPDATE_LABELS})\b\s*{_LABEL_PREP}\s*:?\s*", re.I)
# An update stamp run on after the publication date: "… GMT+2Updated 2 hours ago", "… | Stand: …".
UPDATE_WORD = re.compile(rf"(?:last\s+)?(?:{_UPDATE_LABELS})\b", re.I)
# A programme's air-date labels: for a broadcast or its transcript, the day it went on air is its
# publication date ('Broadcast: Sunday 2 March 2025, 18:30', 'Sendung vom 4. März 2025', 'Diffusé le …').
# The first few only ever head a date; the cleaner takes the others as a label only before a colon
# ('Broadcast on 2 May, the interview …' is text).
_AIRED_ON = r"sendung vom|gesendet am|эфир от"
_AIRED = (r"broadcast|first broadcast|aired|first aired|air ?date|on air|transmitted|"
          r"sendung|gesendet|ausgestrahlt|erstausstrahlung|diffusé|diffusée|diffusion|première diffusion|"
          r"emitido|emitida|emisión|transmitido|trasmesso|trasmessa|in onda|andato in onda|messa in onda|"
          r"uitgezonden|uitzending|emisja|wyemitowano|эфир|в эфире|ефір|sänt|sändes|sendt")
BROADCAST_STAMP = re.compile(rf"^({_AIRED_ON}|{_AIRED})\b\s*{_LABEL_PREP}\s*:?\s*", re.I)
PUBLISHED_STAMP = re.compile(
    r"^(published|posted|first published|publication date|veröffentlicht|erschienen|publié|"
    r"publicado|pubblicato|gepubliceerd|opublikowano|publikacja|опубликовано|опубліковано|"
    r"publikováno|zveřejněno|publikované|publicat|publikálva|publicerad|publiceret|publisert|julkaistu|"
    r"δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε|"
    rf"({_AIRED})(?=\s*:)|{_AIRED_ON})\b\s*{_LABEL_PREP}\s*:?\s*", re.I)
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
    r"explore more on (these|this) topics?|more on (these|this) topics?|topics in this (article|story)|"
    # the next items of a media section: "More galleries", "Weitere Bildergalerien", "Autres vidéos"
    r"more (galleries|picture galleries|photo galleries|videos|podcasts|in pictures|photos)|"
    r"weitere (bildergalerien|galerien|bilderstrecken|videos|podcasts)|mehr (bildergalerien|videos|podcasts)|"
    r"(autres|plus de) (galeries|diaporamas|vidéos|podcasts)|más (galerías|fotogalerías|vídeos|videos)|"
    r"altre (gallerie|fotogallery|video)|więcej (galerii|wideo|filmów)|другие (фотогалереи|видео)|"
    r"meer (fotoseries|video's|albums)|"
    # more of the site's articles: "Weitere Artikel", "Související články", "Artigos relacionados"
    r"more (articles|news|headlines)|weitere (artikel|nachrichten|news|beiträge)|mehr nachrichten|"
    r"autres articles|otros artículos|otras noticias|altri articoli|altre notizie|inne artykuły|"
    r"související (články|zprávy|témata)|další (články|zprávy)|súvisiace (články|správy)|ďalšie články|"
    r"outros artigos|artigos relacionados|notícias relacionadas|mais notícias|artículos relacionados|"
    r"articoli correlati|articles (liés|similaires|connexes)|powiązane artykuły|podobne artykuły|"
    r"articole (similare|conexe)|kapcsolódó (cikkek|hírek)|relaterade artiklar|relaterede artikler|"
    r"gerelateerde artikelen|похожие статьи|схожі статті|"
    # Nordic "read also" labels over teaser headlines: "Läs också", "Læs også", "Les også", "Lue myös"
    r"läs (också|även|mer)|læs (også|mere)|les (også|mer)|lue (myös|lisää)|"
    # a site's list of its latest headlines, each line opening with its time: "Останні новини", "Latest news"
    r"latest (news|stories|headlines|articles)|останні новини|новини дня|последние новости|"
    r"neueste (nachrichten|artikel|meldungen)|dernières (nouvelles|actualités|infos)|últimas noticias|"
    r"ultime notizie|najnowsze (wiadomości|informacje|artykuły)|nejnovější zprávy|senaste nytt|seneste nyt|"
    # a social network's sidebar under a post: "Relevant people", "Trending in …", "Who to follow"
    r"relevant people|who to follow|trending (in|now|topics|worldwide)|"
    # German/Austrian boxes of teasers between paragraphs or at the end: "Zum Thema", "Zum Weiterlesen";
    # Greek and Turkish "read also" labels: "Διαβάστε επίσης", "Σχετικά άρθρα", "İlgili haberler"
    r"zum thema|zum weiterlesen|διαβάστε (επίσης|ακόμη|ακόμα)|σχετικά (άρθρα|θέματα|νέα)|"
    r"ilgili (haberler|içerikler)|bunlar da ilginizi çekebilir|ayrıca okuyun|"
    # Lithuanian, Latvian, Estonian and Hungarian: "Skaitykite daugiau", "Susiję straipsniai", "Lasiet arī",
    # "Loe ka", "Seotud artiklid", "Olvassa el ezt is"
    r"skaitykite (daugiau|taip pat)|taip pat skaitykite|susiję (straipsniai|naujienos)|panašūs straipsniai|"
    r"lasiet (arī|vairāk)|lasi arī|saistītie raksti|saistītās ziņas|loe (ka|lisaks|veel)|seotud (artiklid|uudised)|"
    r"olvassa el ezt is|ezt is olvassa el|további cikkek)\b.{0,30}$"
    # a page's attachments, the label alone: "Documents à télécharger", "Downloads", "Ke stažení"
    r"|^(documents? (to|for) download|downloads|attachments|documents à télécharger|téléchargements|"
    r"pièces jointes|dokumente zum download|documentos (para|a) descargar|documentos para download|"
    r"descargas|documenti da scaricare|allegati|(pliki |dokumenty )?do pobrania|(dokumenty |soubory )?ke stažení|"
    r"bijlagen|документы для скачивания)$", re.I)

# A teaser for another article on one line: a "read also" label, a colon (or dash) and its headline:
# "Read also: …", "Czytaj także: …", "Lesen Sie auch: …", "Read more: our paper on …". The label must
# open the line and be followed by the separator, so "read more carefully" in a sentence stays.
INLINE_TEASER = re.compile(
    r"^(read (also|more|next)|see also|also read|related(?=\s*:.*[^.\s]$)|lesen sie (auch|mehr)|mehr (dazu|zum thema)|"
    r"auch interessant|lire (aussi|également|plus)|à lire (aussi|également)|voir aussi|lee (también|más)|"
    r"leer más|ver también|le puede interesar|te puede interesar|leggi (anche|di più)|"
    r"czytaj (także|też|również|więcej)|zobacz (także|też|również)|читайте (также|також|еще|ще)|дивіться також|смотрите также|leia (também|mais)|"
    r"veja também|lees ook|lees meer|přečtěte si (také|též|i)|čtěte (také|též|více)|prečítajte si (aj|tiež)|"
    r"čítajte (aj|tiež)|citește (și|mai mult)|citiți și|olvassa el|läs (också|mer)|læs (også|mere)|les også|"
    r"lue myös|skaitykite (daugiau|taip pat)|lasiet (arī|vairāk)|loe (ka|lisaks)|читайте (тоже|больше)|διαβάστε (επίσης|ακόμη|ακόμα)|δείτε (επίσης|ακόμη)|ayrıca (okuyun|bakınız)|"
    # a paid teaser in the text's flow: "Sponsored: Five towns where …" (a headline: no closing full stop)
    r"(sponsored|promoted|paid (content|post)|advertorial|gesponsert|sponsorisé|patrocinado|sponsorizzato|"
    r"χορηγούμενο|sponsorlu)(?=\s*:.*[^.\s]$))\s*[:：»›|–—-]\s*\S")

# Labels of a list of topic tags, without the colon ("Temas", "Suggested Topics:", "Tagi:").
TAG_HEAD = re.compile(rf"^{_TAG_LABEL}$")

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

# The line that opens a forwarded e-mail in a mail client's format: "---------- Forwarded message ---------",
# "-----Original Message-----", "Begin forwarded message:". What the forwarder wrote above it is their note,
# and the header fields under it (From, Date, Subject, To) are metadata.
FORWARD_MARKER = re.compile(
    r"^\s*(-{2,}\s*)?(forwarded message|original message|begin forwarded message|forwarded e-?mail|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|message original|"
    r"mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|doorgestuurd bericht|"
    r"oorspronkelijk bericht|wiadomość przekazana dalej|przekazana wiadomość|oryginalna wiadomość|"
    r"пересылаемое сообщение|исходное сообщение|переслане повідомлення|mensagem encaminhada)\s*:?\s*(-{2,}\s*)?$",
    re.I)

# E-mail headers at the top of a forwarded newsletter: they are metadata, not text.
EMAIL_HEADER = re.compile(
    r"^(?P<field>from|subject|date|sent|to|von|betreff|datum|gesendet|an|de|objet|envoyé|à|"
    r"asunto|fecha|enviado|para)\s*:\s+(?P<value>.+)$", re.I)
EMAIL_FIELDS = {"from": "from", "von": "from", "de": "from", "subject": "subject", "betreff": "subject",
                "objet": "subject", "asunto": "subject", "date": "date", "datum": "date", "sent": "date",
                "gesendet": "date", "envoyé": "date", "fecha": "date", "enviado": "date"}
# More fields of a header block under a forward marker (the addressees): dropped, nothing to record.
EMAIL_ADDRESS_FIELD = re.compile(r"^(to|cc|bcc|reply-to|an|kopie|à|para|a|aan|do|кому|копия)\s*:\s+\S", re.I)

# A newsletter's call for tips to its address: "Send tips, gossip and grievances to desk@x.eu.", "Got a tip?
# Email …@…". Said to the reader (imperative, an address), never a report about tips.
TIP_SENTENCE = re.compile(
    r"(?:(?<=[.!?])\s+|^)((send|email|e-mail|forward|drop|write|mail)( us| me)?( your)? (tips|news tips|story tips|"
    r"tip-offs|scoops|gossip|ideas|story ideas|feedback|thoughts|news)\b|(got|have) a (news )?tip\?|"
    r"(hinweise|tipps|themenvorschläge)( bitte)? (an|per mail an)|(envoyez|écrivez)(-nous|-moi)? (vos )?"
    r"(infos|tuyaux|suggestions|remarques)|(envíanos|envíen|envía) (tus |sus )?(pistas|chivatazos|sugerencias|"
    r"comentarios))[^.!?]{0,80}?\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b[^.!?]{0,20}[.!]?(?=\s|$)", re.I)

# A sponsor's label over its promotion: "SPONSORED BY ACME GRID", "Brought to you by …", "Gesponsert von …".
# The promotion written right under it goes with it. Only the words of paid placement: "presented by" or
# "in partnership with" may head a programme or a section of the text.
SPONSOR_HEAD = re.compile(
    r"^(sponsored by|brought to you by|paid (content|post|promotion|partnership) (by|from|for|with)|promoted by|"
    r"advertiser content (from|by)|gesponsert von|sponsorisé par|patrocinado por|sponsorizzato da|"
    r"gesponsord door|sponsorowane przez|sponsorem (materiału|wydania) jest|спонсор (материала|выпуска|рассылки))"
    r"\s*:?\s+\S.{0,50}$", re.I)

# Newsletter credits at the end: "THANKS TO: our editor … and producer …", "Today's edition was edited by …".
NEWSLETTER_CREDITS = re.compile(
    r"^((special |many |with )?thanks to|dank an|merci à|gracias a|grazie a|dziękujemy|спасибо)\s*:\s*\S"
    r"|^(many |special )?thanks to (our|my|today's) (editors?|producers?|researchers?|copy ?editors?)\b"
    r"|^(today's|this) (edition|newsletter|issue|briefing) (was|is) (edited|produced|written|compiled) by\b", re.I)

# The names of a press release and its kin, and the mark before its number ('Nr. 45/2025', 'n° 12').
_RELEASE = (r"press release|news release|media release|press statement|joint statement|"
            r"pressemitteilung|pressemeldung|presseinformation|presseerklärung|communiqué de presse|communiqué|"
            r"comunicado de prensa|nota de prensa|comunicato stampa|nota stampa|comunicado de imprensa|"
            r"komunikat prasowy|komunikat|persbericht|tisková zpráva|pressmeddelande|tiedote|"
            r"пресс-релиз|прес-реліз")
_NUMBER_MARK = r"no\.?|nr\.?|n°|n\.|№|#|number"
# A press release's header line: "Council of the EU – Press release 263/25", "Pressemitteilung Nr. 45/2025".
# The issuer before the dash is the release's source.
PRESS_RELEASE_HEAD = re.compile(
    rf"^((?P<who>[^|–—:]{{2,60}}?)\s*[-–—|:]\s*)?({_RELEASE})\s*({_NUMBER_MARK})?\s*"
    r"\d{1,5}\s*[/-]\s*\d{2,4}$", re.I)
# A document's type and number over its headline: 'Council of the EU – Press release 263/25',
# 'Pressemitteilung Nr. 45/2025', 'Communiqué de presse n° 12'. The name before the type issued it.
RELEASE_LABEL = re.compile(
    r"^(?:(?P<who>[^\d|–—]{2,60}?)\s+[|–—-]\s+)?"
    rf"(?P<label>{_RELEASE})"
    rf"(?:\s*(?:{_NUMBER_MARK})?\s*(?P<ref>[\w./-]*\d[\w./-]*))?"
    r"(?:\s+[|–—-]\s+.{1,40})?\s*$", re.I)

# The label of a press office's contact block, without a colon: "Press contacts", "Pressekontakt".
# The name, title, phone numbers and addresses under it go with it.
CONTACT_HEAD = re.compile(
    rf"^({_PRESS_CONTACT})$|^(for )?(press|media) (contacts?|enquiries|inquiries),? (please )?contact$", re.I)

# A media player's placeholder when the video is gone: "Il video non è disponibile", "This video is
# unavailable", and its note ("… may have been removed or not be available in your country").
# (The short forms are whole lines: "the video is no longer available online" in a sentence is news.)
MEDIA_UNAVAILABLE = re.compile(
    r"^(this |the )?(video|content|media|clip) (is )?(currently )?(not available|unavailable|no longer available)$"
    r"|^video (unavailable|not available|no longer available)$"
    r"|^(dieses |das )?video (ist )?(nicht|nicht mehr) verfügbar$"
    r"|^(cette |la )?vidéo (n'est pas|n'est plus) disponible$"
    r"|^vidéo (indisponible|non disponible)$|^(este |el )?vídeo no (está|es) disponible$"
    r"|^(il )?video non (è )?(più )?disponibile$|^(ten |to )?(film|wideo|nagranie) (jest )?(niedostępn[ey]|"
    r"nie jest dostępn[ey])$|^видео (недоступно|не доступно)$|^(deze |die )?video is (niet|niet meer) beschikbaar$", re.I)
# The note under such a placeholder speaks to the reader about their country: "Il contenuto potrebbe essere
# stato rimosso o non essere visibile nel tuo Paese", "… not available in your region".
MEDIA_NOT_HERE = re.compile(
    r"\b(not|no longer) (be )?(available|visible|viewable) in your (country|region|location)\b"
    r"|\bnon (è |essere )?(visibile|disponibile) nel tuo paese\b|\bin ihrem land (nicht|leider nicht) verfügbar\b"
    r"|\b(n'est pas|ne pas être) (disponible|visible) dans votre pays\b|\bno (está|es|estar) disponible en tu país\b"
    r"|недоступн\w* в вашей стране|niedostępn\w* w (twoim|twojej) (kraju|regionie)|niet beschikbaar in (jouw|uw) land",
    re.I)

# A photo's credit on a line of its own: "Robin Utrecht / ANP", "EPA/ANP", or a picture agency alone.
PHOTO_AGENCY_CREDIT = re.compile(
    r"^©?\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*/\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}$"
    r"|^(getty images|shutterstock|picture alliance|picture-alliance|imago( images)?|alamy|reuters|epa(-efe)?|"
    r"ap photo|afp photo|hollandse hoogte|belga|keystone|lehtikuva|ritzau scanpix|scanpix|nurphoto|sipa|"
    r"abaca(press)?|sopa images|zuma( press)?|anadolu( agency)?|xinhua|east news|ria novosti)$", re.I)

# A live blog's list of key events: the label, then one line per entry, each opening with its time.
KEY_EVENTS_HEAD = re.compile(
    r"^(key events|key moments|main events|top events|schlüsselereignisse|die wichtigsten ereignisse|"
    r"moments clés|les temps forts|momentos clave|eventi chiave|momenti chiave|kluczowe wydarzenia|"
    r"ключевые события|главные события|ключові події|belangrijkste gebeurtenissen)$", re.I)
# A time of day alone on its line: '16:20', '08.12 BST', '9:30 a.m.', '14:05 GMT+1', '16h20', '18:04 Uhr'.
TIME_ONLY = re.compile(r"^\d{1,2}[.:h]\d{2}(\s*[ap]\.?m\.?)?(\s*([A-Z]{2,5}|h)([+-]\d{1,2})?)?$", re.I)
TIME_STAMPED = re.compile(r"^\s*\d{1,2}[.:h]\d{2}(?![.\d/])\b")  # "14.05 CEST …", not "12.03.2025 …"

# A link naming the outlet the story comes from: 'Read more on The Harbour Times', 'Lire la suite sur …'.
READ_MORE_ON = re.compile(
    r"^(?:read (?:more|the full (?:story|article)|full article)|continue reading|view (?:full )?article|"
    r"weiterlesen|mehr lesen|lire la suite|leer más|sigue leyendo|continua a leggere|leggi (?:di più|tutto)|"
    r"lees verder|lees meer|czytaj (?:więcej|dalej)|читать (?:далее|дальше)|читати далі)\s+"
    r"(?:on|at|auf|bei|sur|en|su|op|na|на)\s+(?P<who>[A-ZÀ-ÝΑ-ΩА-ЯЁІЇЄ][^.!?:|]{1,50})$", re.I)
# A news app's footer naming the outlet of the story above it: 'More from The Harbour Times'.
# The lead is matched in any case ('More from', 'MORE FROM'); the name must start capitalised.
MORE_FROM = re.compile(r"^(?i:(?:more|more stories|more news) from)\s+(?P<who>[A-Z][^.!?:|]{2,50})$")
# Words of a company's name, for telling a publisher company ('Solent Media Group Ltd') from its masthead.
COMPANY_WORDS = re.compile(
    r"\b(group|media|holdings?|publishing|publications|publishers?|press group|network|verlag|"
    r"verlagsgruppe|mediengruppe|gruppe|groupe|grupo|gruppo|grupa|ediciones|edizioni|éditions|editora|"
    r"editorial|uitgeverij|förlag|forlag|kustannus|wydawnictwo|видавництво|издательство|ltd|limited|"
    r"plc|llc|inc|gmbh|ag|s\.?a|s\.?l|s\.?p\.?a|b\.v|n\.v|ab|as|oy)\b\.?", re.I)
# A reader's or app's buttons: 'Mark as read', 'Save to board', 'Share to …'.
UI_BUTTON = re.compile(r"^(mark|save|add|move|send|copy|share|hide|mute|pin)\s+(as|to|on|in|all)\b", re.I)
# A company's abbreviated suffix after a platform's name: '© 2025 X Corp.' names X. (The full
# word stays: 'British Broadcasting Corporation' is a name.)
CORP_SUFFIX = re.compile(r"[\s,]+corp\.?$", re.I)
# Company suffixes dropped from a publisher's name: "Meridian Press Ltd" → "Meridian Press".
COMPANY_SUFFIX = re.compile(r"[\s,]+(ltd\.?|limited|llc|inc\.?|plc|gmbh|ag|s\.?a\.?|s\.?l\.?|sarl|s\.?p\.?a\.?|"
                            r"media( group)?|media ltd|sp\. z o\.o\.|b\.v\.|n\.v\.)$", re.I)

# A list item. Not a rule ("---", "* * *") and not a line set in italics or bold ("*Published …*"):
# an asterisk is a bullet only when a space follows it; a number is an item's only when no digit follows its
# point (a schedule's "09.30 BST – …" and "3.5% of GDP" are text).
LIST_ITEM = re.compile(r"^\s*(?![-*_](?:\s*[-*_]){2,}\s*$)(?:[-•·▪◦‣–]|\*(?=\s)|[✓✔☑✅]|\d{1,2}[.)](?!\d))\s*"
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
# The words that put a reporter in a place: "Jennifer Rankin in Brussels", "Anna Weber aus Berlin".
_PLACE_WORDS = r"in|aus|à|en|de|w|в"
PLACE_WORD = re.compile(rf"(?:{_PLACE_WORDS})", re.I)
# A line that is only a person's name: "Jane Roe" (the author line over a live blog's entry).
PERSON_NAME = re.compile(rf"^{_NAME}$")
# "Jennifer Rankin in Brussels", "Anna Weber, Brussels": a reporter's name over a place.
PLACED_BYLINE = re.compile(rf"^(?P<who>{_NAME})\s*(?:\b(?:{_PLACE_WORDS})\b|,)\s*"
                           r"(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})$")
# Two or three reporters, each with or without a place: "Jane Roe in Vienna and John Doe",
# "Anna Weber aus Berlin und Jan Novak aus Prag". One at least is placed, or it would be a list of names.
_PLACED = rf"(?:\s+(?:{_PLACE_WORDS})\s+[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?)"
# A place named after a reporter's name: "… in Vienna", "… aus Berlin", "… w Warszawie".
REPORTER_PLACE = re.compile(rf"\s(?:{_PLACE_WORDS})\s+[A-ZÀ-Ý]")
PLACED_BYLINES = re.compile(
    rf"^(?P<first>{_NAME}){_PLACED}?(?:\s*,\s*(?P<middle>{_NAME}){_PLACED}?)?"
    rf"\s+(?:and|und|et|y|e|i|en|и|&)\s+(?P<last>{_NAME}){_PLACED}?$")
BYLINE = re.compile(
    rf"^(?:(?P<lead>[^·|•]{{6,40}}?)\s*[·|•]\s*)?"
    rf"(?i:(?:story|article|text|words|report|written|reporting|analysis)\s+)?"
    rf"(?i:by|par|von|por|di|door|przez|от|автор:?|autor:?|autorka:?|author:|auteur\s?:|autore:|autora:|szerző:|írta:|autorius:|autorė:|autors:|autore:)\s+"
    rf"(?P<who>{_NAME}(?:\s*(?:,|(?i:and|und|et|y|e|i|&))\s*{_NAME})*)"
    rf"(?:\s*(?:,|·|\||•|–|—|-)\s*(?P<when>[^.]{{2,40}}))?$")

# A programme's credits: "Presenter: Jane Roe | Producer: John Doe". Each role names a person (the
# cleaner checks the given name: "Producer: Kongsberg Defence" in a fact box is text); no "Director:" or
# "Host:", which a fact box gives an agency or a summit.
_CREDIT_ROLE = (r"(?:presenter|presenters|producer|producers|moderator|moderatorin|moderation|interviewer|"
                r"camera|présentateur|présentatrice|réalisation|presentador|presentadora|conduttore|"
                r"conduttrice|prowadzący|prowadząca|realizacja|ведущий|ведущая|presentator|presentatrice|regie)")
PROGRAMME_CREDITS = re.compile(
    rf"^(?i:{_CREDIT_ROLE})\s*:\s*(?P<who>{_NAME})(?:\s*[|,·;]\s*(?i:{_CREDIT_ROLE})\s*:\s*{_NAME})*$")
