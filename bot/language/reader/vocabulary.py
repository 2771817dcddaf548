"""The reader's vocabulary: concepts and the English and Dutch words and phrases for them, and typo
tolerance for words that are nearly known."""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

from bot.language.i18n import Lang
from bot.language.reader.model import FUZZY_CUTOFF, SWAP_CUTOFF, max_edits

# --- the vocabulary ----------------------------------------------------------------------------------


class Concept(StrEnum):
    """Concepts: what a word or phrase contributes to a question, independent of its language."""

    WHEN = "when"
    DATE = "date"
    DUE = "due"
    NEXT = "next"
    LOSE = "lose"
    BENEFITS = "benefits"
    OBJECT = "object"  # what can be lost besides benefits: "it", "them", "anything"
    RENEW = "renew"  # any form: "renew", "renewal", "verlengen", "verlenging"
    RENEW_VERB = "renew_verb"  # the verb only: "renew security" asks how, "security renewal" asks when
    RENEWED = "renewed"
    EXTENSION = "extension"
    ELIGIBLE = "eligible"
    GRACE = "grace"
    LAST = "last"  # the last day to renew: "latest", "uiterlijk", "until when"
    HOW_MANY = "how_many"
    HOW_LONG = "how_long"
    DAYS = "days"
    LEFT = "left"
    HAPPEN = "happen"
    WHAT_IF = "what_if"
    IF = "if"
    NOT = "not"
    MISS = "miss"
    HOW = "how"
    WHERE = "where"
    PARTNER_CENTER = "partner_center"
    STEPS = "steps"
    CAN = "can"
    WANT = "want"
    MUST = "must"
    HELP = "help"
    STATUS = "status"
    LIST = "list"  # "list", "lijst": a status question only when nothing else is asked ("export the list")
    NEW = "new"  # "new competency", "nieuwe specialisatie"
    CHANNEL_REF = "channel_ref"  # a channel named in the message ("#mpn-renewals", a Slack channel link)
    COLLECTION = "collection"  # plural "competencies", "offers": a question about all of them
    COMPETENCY = "competency"  # generic "competency", "gold": never names one offer
    GREETING = "greeting"
    THANKS = "thanks"
    # the questions and requests added for issue 14
    FEE = "fee"  # cost, price, pay / kosten, betalen
    REQUIRE = "require"  # requirements, criteria, exams / eisen, vereisten, voorwaarden
    HISTORY = "history"  # history, last renewal / geschiedenis, vorige verlenging
    DID = "did"  # the past-tense question auxiliary: "did we renew"
    WHO = "who"
    ALREADY = "already"  # already / al, reeds
    ADMIN = "admin"  # admin, owner, in charge / beheerder, verantwoordelijke
    REMINDER = "reminder"  # reminder, notification, ping / herinnering, melding
    CHANNEL = "channel"  # channel, dm / kanaal
    STOP = "stop"  # stop, mute, unsubscribe / stoppen, uitzetten
    MOVE = "move"  # move, other place / verplaatsen
    CHANGE = "change"  # change, correct, wrong / wijzigen, aanpassen, fout
    ADD = "add"  # add, track, register / toevoegen, registreren
    GOT = "got"  # earned, achieved / behaald, gehaald
    RECORD = "record"  # record, mark, note / noteer, markeer, vastleggen
    DONE = "done"  # done, completed / gedaan, klaar, afgerond
    DAY = "day"  # words of a day or a range: months, weekdays, yesterday, quarter, summer
    REQUIRE_WEAK = "require_weak"  # exams, skills, qualify: requirements only about an offer or competency
    ADMIN_WEAK = "admin_weak"  # owner, responsible, manages: the admins only in a question about renewals
    ASIDE = "aside"  # a phrase that takes its words out of the question: "stand for", "remind me to"
    FEE_WEAK = "fee_weak"  # money words that name a fee only in a renewal question: invoice, geld
    BEYOND = (
        "beyond"  # a kind of question no answer of the bot is: why, the difference, whether it is worth it
    )
    BOT = "bot"  # the bot itself: "how does this bot work" asks for help, "hoi bot" greets
    MEANS = "means"  # "what does it mean for us if ...": the consequences
    KEEP = "keep"  # keep, maintain / behouden: "what do we need to keep X" asks for the requirements
    COVID = "covid"  # the pandemic named: the COVID-19 extension is the programme's own rule
    OK = "ok"  # "are we ok on 1 May", "zitten we dan nog goed": still covered on a day
    LOOKS = "looks"  # "how is Security looking", "hoe gaat het met X": how one offer stands
    MATTERS = "matters"  # "is that a problem", "is dat erg", "does it affect anything": whether it matters
    FIRST = "first"  # "which expires first", "welke loopt het eerst af": the soonest of our offers' dates
    EARN = "earn"  # "to earn", "te behalen": getting an offer, whose requirements are asked
    PROGRAMME = "programme"  # "partner", "partners": the partner programme, weakly ("onze partner dingen")
    FOREIGN = "foreign"  # a thing of another trade: a VM, a licence, a ticket, a meeting, a lease, insurance
    WAIT = (
        "wait"  # "can I renew already or must I wait until after the anniversary": whether the window is open
    )
    QUESTION = (
        "question"  # set by the reader, not by a word: the message asks (a "?" or a question word first)
    )


def word_set(words: str) -> frozenset[str]:
    """A word list kept as prose-like lines (as in ``bot.language.i18n``), so it reads and diffs like vocabulary."""
    return frozenset(words.split())


@dataclass(frozen=True)
class _Words:
    """One concept's words, by language; ``both`` are used by English and Dutch speakers alike."""

    en: str = ""
    nl: str = ""
    both: str = ""


# Single words. Inflections are listed rather than stemmed: a list shows exactly what is understood.
# Typos of these words are found by difflib; they need no entry.
_VOCABULARY: Final[dict[Concept, _Words]] = {
    Concept.WHEN: _Words(en="when whenever", nl="wanneer"),
    Concept.DATE: _Words(en="date dates day", nl="datum dag"),
    Concept.DUE: _Words(
        en="due anniversary anniversaries",
        nl="verjaren verjaart verjaardag verjaardatum jubileum jubilea jubileumdatum jubileumdatums vervaldatum vervaldag verlengdatum verlengingsdatum "
        "vernieuwingsdatum beurt beurten",
        both="deadline deadlines",
    ),
    Concept.NEXT: _Words(
        en="next upcoming planned scheduled",
        nl="volgende eerstvolgende aankomende komende aankomen aankomt gepland ingepland",
    ),
    Concept.LOSE: _Words(
        # and the other verbs of running out: "drop", "disappear", "afvallen", "verstrijken", "wegvallen" (their
        # separated forms, "valt ... af", "valt ... weg", are joined by bot.language.reader.text)
        en="lose loose losing lost loses loss gone expire expires expired expiring expiry expiration lapse lapses "
        "lapsed lapsing forfeit forfeited drop drops dropped dropping disappear disappears disappeared "
        "disappearing vanish vanishes vanished",
        nl="aflopen afloopt verlies verliest verliezen verloren kwijt kwijtraken kwijtgeraakt verloopt verlopen "
        "vervalt vervallen verloopdatum afvallen afvalt afgevallen verstrijken verstrijkt verstreken verstrijkdatum "
        "wegvallen wegvalt weggevallen afgaan afgaat verdwijnen verdwijnt verdwenen "
        # "hebben we X niet meer": bot.language.reader.text reads the "meer" of no longer having it so
        "nolonger",
    ),
    Concept.WAIT: _Words(en="wait waiting", nl="wachten wacht afwachten"),
    Concept.BENEFITS: _Words(
        en="benefits benefit perks covered coverage active valid logo badge",
        nl="voordelen voordeel gedekt actief geldig",
        # the benefits by their kind: internal use rights ("IUR"), "gebruiksrechten"
        both="iur",
    ),
    Concept.OBJECT: _Words(en="it them anything everything something", nl="ze iets alles niveau"),
    Concept.RENEW: _Words(
        # "paperwork" for an offer is its renewal: "block time for the Cloud Platform paperwork"
        en="renew renews renewal renewals renewing paperwork renewable",
        nl="verlengdatum verlengingsdatum vernieuwingsdatum hernieuw hernieuwt hernieuwing hernieuwingen verleng verlengt verlengen verlenging verlengingen vernieuw vernieuwt vernieuwen vernieuwing "
        "vernieuwingen hernieuwen papierwerk verlengbaar hernieuwbaar",
    ),
    Concept.RENEW_VERB: _Words(
        en="renew renews renewing",
        nl="hernieuw hernieuwt verleng verlengt verlengen vernieuw vernieuwt vernieuwen hernieuwen",
    ),
    Concept.RENEWED: _Words(en="renewed reneweed", nl="verlengd vernieuwd hernieuwd geregeld"),
    Concept.EXTENSION: _Words(
        en="extension extensions extend extended exemption exception pandemic postpone postponed postponement delay "
        "delays delayed",
        nl="uitstel uitstellen uitbreiding extensie vrijstelling uitzondering pandemie",
        both="covid covid19 corona coronavirus",
    ),
    Concept.COVID: _Words(en="pandemic", nl="pandemie", both="covid covid19 corona coronavirus"),
    Concept.OK: _Words(en="fine good alright safe", nl="goed prima veilig", both="ok okay oke"),
    Concept.LOOKS: _Words(en="looking looks look doing going", nl="ervoor"),
    Concept.PROGRAMME: _Words(both="partner partners", nl="partnerprogramma partnerschap"),
    Concept.MATTERS: _Words(
        en="problem problems problematic issue affect affects affected", nl="probleem problemen problematisch"
    ),
    Concept.FIRST: _Words(en="first soonest earliest", nl="eerst eerste"),
    Concept.ELIGIBLE: _Words(
        en="eligible eligibility entitled applies applicable",
        nl="aanmerking geldt gelden toepassing",
    ),
    Concept.GRACE: _Words(
        en="leeway buffer grace window period overdue late respite",
        nl="speling marge respijt respijtperiode gratieperiode verlengingsperiode verlengingsvenster "
        "vernieuwingsperiode venster periode termijn coulance",
    ),
    Concept.LAST: _Words(en="latest cutoff", nl="uiterlijk uiterste"),
    Concept.HOW_MANY: _Words(nl="hoeveel"),
    Concept.HOW_LONG: _Words(nl="hoelang"),
    Concept.DAYS: _Words(en="days time weeks countdown", nl="dagen tijd weken", both="week"),
    Concept.LEFT: _Words(
        en="left remaining remain remains still countdown",
        # "hoeveel dagen resten er nog", "blijven er nog over"
        nl="nog resterend resterende resten resteren overblijven overblijft",
    ),
    Concept.HAPPEN: _Words(
        en="risk risks impact happen happens happened consequence consequences implication implications fallout "
        "repercussions",
        nl="risico risicos impact gebeurt gebeuren gebeurd gevolg gevolgen consequentie consequenties",
    ),
    Concept.IF: _Words(en="if unless", nl="als indien tenzij"),
    # and doing nothing: "what if we do nothing", "als we niks doen"
    Concept.NOT: _Words(
        en="not no never without nobody nothing", nl="niet geen nooit zonder niemand niks niets"
    ),
    Concept.MISS: _Words(
        en="skip skipping skipped miss misses missed forget forgets forgot forgotten fail fails failed letting",
        nl="overslaan mis mist missen gemist vergeet vergeten",
    ),
    Concept.HOW: _Words(en="how", nl="hoe manier wijze"),  # "op welke manier", "op welke wijze"
    Concept.WHERE: _Words(
        en="somewhere where page button click", nl="ergens waar pagina knop klik klikken", both="link via"
    ),
    # "pmc": the Partner Membership Center, the portal before Partner Center
    Concept.PARTNER_CENTER: _Words(en="partnercenter portal", nl="portaal", both="pmc"),
    Concept.STEPS: _Words(
        en="steps step procedure process instructions guide walkthrough",
        nl="stappen stap procedure proces instructies doen",
    ),
    Concept.CAN: _Words(
        # "still renewable?", "nog verlengbaar?": renewing that can be done (also read as renewing)
        en="can could may possible renewable",
        nl="kan kun kunt kunnen mag moogt mogen mogelijk kunde kunnde verlengbaar hernieuwbaar",
    ),
    Concept.WANT: _Words(en="want wants wanna like", nl="wil wilt willen"),
    Concept.MUST: _Words(
        # "hoeveel examens heb je nodig voor X": needed
        en="must need needs should",
        nl="moet moeten moete hoef hoeven dien dient dienen moeten nodig",
    ),
    Concept.HELP: _Words(
        en="questions commands command usage manual",
        nl="vragen hulp helpen commando commandos uitleg handleiding",
        both="help",
    ),
    Concept.STATUS: _Words(
        en="open urgent pending overview summary state rundown snapshot worry worried worrying concerned",
        nl="open dringend overzicht samenvatting stand toestand",
        both="status dashboard",
    ),
    Concept.LIST: _Words(en="list", nl="lijst oplijsten oplijst"),
    Concept.COLLECTION: _Words(
        en="competencies specializations specialisations specs comps offers accreditations",
        nl="competenties specialisaties aanbiedingen",
    ),
    Concept.COMPETENCY: _Words(
        # and the words people use for holding one: "the Security comp", "our CBA accreditation", "onze erkenning"
        en="competency competence specialization specialisation spec comp offer advanced accreditation "
        "partnership membership",
        nl="competentie specialisatie aanbieding geavanceerde accreditatie erkenning lidmaatschap",
        both="gold silver mpn",
    ),
    Concept.GREETING: _Words(
        en="hi hello hiya howdy yo morning afternoon evening greetings",
        nl="goeiedag dag hoi hallo hee goedemorgen goedemiddag goedenavond goeiemorgen goeiemiddag goedendag",
        both="hey",
    ),
    Concept.THANKS: _Words(
        en="perfect awesome great nice cool thanks thank thx thnx tnx ty tx cheers appreciated appreciate helped helpful helps",
        # "merci" is Flemish thanks: English speakers hardly write it (two dev rounds read it as Dutch)
        nl="super perfect bedankt dank dankje dankjewel dankuwel bvd geholpen behulpzaam helpt top merci",
    ),
    Concept.FEE: _Words(
        en="fee fees cost costs price prices pricing pay paying paid payment charge charges charged",
        nl="gratis kosten kost kostprijs betalen betaal betaald betaling prijs prijzen vergoeding competentiekosten dokken dokt afdokken "
        "aangerekend aanrekenen aanrekent "
        # chat for paying up: "hoeveel moeten we neertellen / ophoesten"
        "neertellen neertelt ophoesten",  # "dokken": chat for paying; Flemish "aanrekenen": to charge
        both="moneysign",  # "$", "€", "£" as typed: "renewal $$$?"
    ),
    Concept.FEE_WEAK: _Words(
        en="free money expensive invoice invoiced billing billed bill",
        nl="factuur tarief geld",
        both="euro euros dollar dollars",
    ),
    Concept.REQUIRE: _Words(
        en="required requirement requirements prerequisite prerequisites criteria criterion",
        nl="eisen eis vereisten vereiste vereist voorwaarden voorwaarde",
    ),
    Concept.REQUIRE_WEAK: _Words(
        en="exam exams certification certifications certified certs skills qualify qualifies qualified",
        nl="gecertificeerd gecertificeerde gecertificeerden examen examens certificering certificeringen",
    ),
    # not "audit" alone: an advanced specialization's audit is a requirement ("the audit for the migration
    # specialization"); the bot's audit log is "audit log"
    Concept.HISTORY: _Words(
        en="history", nl="geschiedenis historie laatstelijk"
    ),  # formal: "laatstelijk verlengd"
    Concept.DID: _Words(en="did", nl="geweest"),  # "wanneer wat verlengd is geweest": a past renewal
    Concept.WHO: _Words(en="who whom whose whoever", nl="wie"),
    Concept.ALREADY: _Words(en="already yet", nl="al reeds"),
    Concept.ADMIN: _Words(
        en="admin admins administrator administrators",
        nl="beheerder beheerders partnerbeheerder partnerbeheerders",  # the bot's own Dutch for "partner admin"
    ),
    Concept.ADMIN_WEAK: _Words(
        en="allowed permission permissions rights authorised authorized owner owners responsible manage manages managing "
        "handle handles handling",
        nl="rechten bevoegd toegestaan eigenaar eigenaren verantwoordelijk verantwoordelijke verantwoordelijken beheert beheren "
        "regelt",
    ),
    Concept.REMINDER: _Words(
        en="reminder reminders remind reminding notification notifications notify alert alerts ping pings "
        "pinging messages spam spamming nudge nudges "
        # being told before a date: "will I be notified before the anniversary", Flemish "verwittigd worden"
        "notified notifies alerted pinged reminded warn warned",
        nl="herinnering herinneringen herinner herinneren melding meldingen notificatie notificaties bericht "
        "berichten seintje seintjes herinnerd verwittigd verwittigen verwittig verwittigt gewaarschuwd "
        "waarschuwen waarschuwt",
    ),
    Concept.CHANNEL: _Words(en="channel channels", nl="kanaal kanalen", both="dm dms"),
    Concept.STOP: _Words(
        en="snooze unsubscribe mute pause silence disable quiet fewer",
        nl="snoozen stoppen stopt uitzetten afmelden dempen pauzeren pauze minder kappen",
        both="stop",
    ),
    Concept.MOVE: _Words(
        en="move moved moving different elsewhere shift reschedule",
        nl="verplaats verplaatsen verzetten verschuif verschuiven ander",
    ),
    Concept.CHANGE: _Words(
        en="instead off change changed changing correct correction fix fixed modify edit adjust set put wrong incorrect "
        "mistake typo update updated updating",
        nl="ipv zet wijzig wijzigen wijziging gewijzigd aanpassen aangepast verander veranderen veranderd corrigeer "
        "corrigeren correctie fout foute verkeerd verkeerde onjuist",
    ),
    Concept.ADD: _Words(
        en="monitor monitoring add adding added track tracking follow",
        nl="opvolgen volgen bijzetten toevoegen voeg toegevoegd registreer registreren bijhouden bijhoudt",
    ),
    Concept.GOT: _Words(
        en="got earned achieved obtained gained", nl="behaald gehaald verdiend verkregen binnengehaald"
    ),
    Concept.RECORD: _Words(
        en="record mark",
        # "zet je het erin?" (put it in) after news of a renewal: record it
        nl="noteer noteren markeer markeren vastleggen loggen bijwerken erinzetten",
    ),
    Concept.NEW: _Words(en="new", nl="nieuw nieuwe"),
    Concept.CHANNEL_REF: _Words(both="channelref"),
    Concept.DONE: _Words(
        en="done completed finished sorted", nl="gedaan klaar afgerond voltooid rondgekomen"
    ),
    Concept.DAY: _Words(
        en="january february march may june july august october december mar oct monday tuesday wednesday thursday friday saturday sunday today tomorrow "
        "yesterday tonight month months year years quarter end beginning summer winter spring autumn ago soon "
        "last christmas xmas past easter whitsun",
        nl="januari februari maart mei juni juli augustus oktober mrt okt maandag dinsdag woensdag donderdag "
        "vrijdag zaterdag zondag vandaag morgen gisteren eergisteren overmorgen maand maanden jaar jaren "
        "kwartaal boekjaar eind einde begin zomer lente voorjaar najaar herfst geleden vorige afgelopen binnenkort kerst kerstmis "
        # school holidays: a time named, with no fixed dates (bot.language.reader.when says so)
        "kerstvakantie zomervakantie herfstvakantie voorjaarsvakantie krokusvakantie meivakantie bouwvakantie "
        "schoolvakantie feestdagen oudjaar oudejaar oudejaarsavond oudejaarsdag "
        # moving feasts and the builders' holiday: times named whose dates differ by year or region
        "pasen pinksteren bouwvak bouwvakvakantie",
        # "dayrange": a range or a day ahead typed with a count ("in the next 90 days", bot.language.reader.text)
        both="april september november jan feb apr jun jul aug sep sept nov dec q1 q2 q3 q4 h1 h2 dayrange daydate",
    ),
    Concept.BEYOND: _Words(
        en="why difference differences compare comparison versus vs worth better replace replaces replaced "
        "replacement recommend recommended recommendation advise advice suggest suggestion suggestions "
        "popular easiest hardest cheapest pursue relevant useful downgrade downgrading upgrade upgrading error errors bug bugs greyed grayed broken crash "
        "crashes "
        # a comparison or an opinion asked: "which is cheaper to keep, X or Y", "in your opinion"
        "cheaper pricier costlier easier harder opinion opinions wiser smart smarter sensible advisable "
        # a word's meaning: "what's the definition of an advanced specialization"
        "definition definitions",
        nl="definitie definities waarom verschil verschillen vergelijk vergelijken vergelijking waard moeite beter vervangen "
        "vervangt vervanging aanraden aanrader advies adviseer adviseren populair populairste "
        "makkelijkst makkelijkste moeilijkst moeilijkste goedkoopst goedkoopste verstandig nuttig zinvol "
        "foutmelding foutmeldingen storing storingen downgraden upgraden "
        "goedkoper duurder makkelijker moeilijker eenvoudiger waardevoller mening slim slimmer",
    ),
    Concept.BOT: _Words(en="settings", nl="instellingen", both="bot mpnbot"),  # the bot's own settings
    Concept.MEANS: _Words(en="mean means", nl="betekent betekenen"),
    Concept.KEEP: _Words(
        en="keep keeping maintain maintaining retain retaining stay", nl="behouden behoud houden"
    ),
    # Things a partner admin also deals with that are not the partner programme: the evidence that a
    # question with a cue word ("when does it expire", "what does it cost", "status") is about them.
    Concept.FOREIGN: _Words(
        en="agreement agreements node nodes proposal proposals figures examcode vm vms machine machines licence licences license licenses licensing seat seats ticket tickets "
        "incident incidents invoice invoices bill bills voucher vouchers tenant tenants subscription "
        "subscriptions domain domains dns ssl certificate certificates insurance deal deals opportunity "
        "opportunities lead leads customer customers client clients meeting meetings call calls "
        "appointment lunch dinner pizza weather holiday holidays vacation laptop laptops phone phones "
        "password passwords account accounts wifi email emails mail outlook sharepoint onedrive excel "
        "tax taxes vat discount discounts contract contracts lease office salary payroll expenses car parking budget webinar webinars event "
        "events conference training course courses warranty credits credit order orders quote quotes "
        "purchase report reports sprint pipeline build deployment bug bugs cluster clusters backup "
        "backups storage database databases printer project projects group groups permit permits trial competitor "
        "competitors spend "
        "spending",
        nl="belasting belastingen aangifte korting kortingen overeenkomst cijfers certificaat certificaten tegoed onkosten nota declaratie declaraties licentie licenties factuur facturen abonnement abonnementen domein domeinnaam verzekering "
        "contract contracten huurcontract vergadering vergaderingen afspraak afspraken klant klanten "
        "wachtwoord telefoon vakantie vakantiedagen salaris offerte bestelling rapport garantie kantoor "
        "auto cursus storing huur lening concurrent concurrenten groep groepen vergunning proefperiode hypotheek",
        both="teams vm vms ticket tickets voucher vouchers laptop lunch webinar budget",
    ),
}

# Phrases, longest first where they overlap. A phrase's words stop counting on their own: "how" in
# "how many days" is not the "how" of "how do I renew".
_LISTED_PHRASES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = (
    ("what can you do", Concept.HELP, "en"),
    ("what can i ask", Concept.HELP, "en"),
    ("what should i ask", Concept.HELP, "en"),
    ("wat kan ik vragen", Concept.HELP, "nl"),
    ("wat kan ik je vragen", Concept.HELP, "nl"),
    ("what do you do", Concept.BOT, "en"),
    ("how does this work", Concept.HELP, "en"),
    ("how does it work", Concept.HELP, "en"),
    ("how do you work", Concept.HELP, "en"),
    ("what can you", Concept.HELP, "en"),
    ("who are you", Concept.HELP, "en"),
    ("what are you", Concept.HELP, "en"),
    ("wat kun je", Concept.HELP, "nl"),
    ("wat kan je", Concept.HELP, "nl"),
    ("wat kun jij", Concept.HELP, "nl"),
    ("wat kan jij", Concept.HELP, "nl"),
    ("wat kunt u", Concept.HELP, "nl"),
    ("wat kunt ge", Concept.HELP, "nl"),  # Flemish "ge": you
    ("wat kan ge", Concept.HELP, "nl"),
    ("bij u terecht", Concept.HELP, "nl"),  # "waarvoor kan ik bij u terecht?": what can I come to you for
    ("bij je terecht", Concept.HELP, "nl"),
    ("all good", Concept.STATUS, "en"),
    ("alles goed", Concept.STATUS, "nl"),
    # whether all is in order, or worth a worry: "allemaal nog in orde of moet ik me zorgen maken?"
    ("in orde", Concept.STATUS, "nl"),
    ("op orde", Concept.STATUS, "nl"),
    ("on track", Concept.STATUS, "en"),
    ("zorgen maken", Concept.STATUS, "nl"),
    ("zorgen over", Concept.STATUS, "nl"),  # "iets waar ik me zorgen over moet maken?"
    ("be worried", Concept.STATUS, "en"),
    ("wat doe je", Concept.BOT, "nl"),
    ("wie ben je", Concept.HELP, "nl"),
    ("wie ben jij", Concept.HELP, "nl"),
    ("wat ben je", Concept.HELP, "nl"),
    ("hoe werkt dit", Concept.HELP, "nl"),
    ("hoe werkt het", Concept.HELP, "nl"),
    ("hoe werk je", Concept.HELP, "nl"),
    ("where do we stand", Concept.STATUS, "en"),
    ("where we stand", Concept.STATUS, "en"),
    ("where things stand", Concept.STATUS, "en"),
    ("how things stand", Concept.STATUS, "en"),
    ("how are things looking", Concept.STATUS, "en"),
    ("how are things", Concept.LOOKS, "en"),
    (
        "gaat het",
        Concept.LOOKS,
        "nl",
    ),  # "hoe gaat het met appdev?" ("gaat" alone is as often "will")  # "how are things with the migration specialization"
    ("everything looking", Concept.STATUS, "en"),  # "how's everything looking on the MPN side"
    ("things looking", Concept.STATUS, "en"),
    ("how things are looking", Concept.STATUS, "en"),
    ("how is it looking", Concept.STATUS, "en"),
    ("how does it look", Concept.STATUS, "en"),
    ("red flags", Concept.STATUS, "en"),
    ("full picture", Concept.STATUS, "en"),
    ("hoe ziet het eruit", Concept.STATUS, "nl"),
    ("hoe staat het ervoor", Concept.STATUS, "nl"),
    ("how are we doing", Concept.STATUS, "en"),
    ("hoe staan", Concept.STATUS, "nl"),
    ("hoe staat", Concept.STATUS, "nl"),
    ("in what way", Concept.HOW, "en"),
    ("how many", Concept.HOW_MANY, "en"),
    ("how much", Concept.HOW_MANY, "en"),
    ("hoe veel", Concept.HOW_MANY, "nl"),
    ("how long", Concept.HOW_LONG, "en"),
    ("hoe lang", Concept.HOW_LONG, "nl"),
    ("what if", Concept.WHAT_IF, "en"),
    ("wat als", Concept.WHAT_IF, "nl"),
    ("wat nou als", Concept.WHAT_IF, "nl"),
    ("last day", Concept.LAST, "en"),
    ("cut off", Concept.LAST, "en"),  # "the cut-off for X benefits": the last day of them
    ("final day", Concept.LAST, "en"),
    ("until when", Concept.LAST, "en"),
    ("laatste dag", Concept.LAST, "nl"),
    ("tot wanneer", Concept.LAST, "nl"),
    ("tot welke datum", Concept.LAST, "nl"),
    ("tot welke dag", Concept.LAST, "nl"),
    ("until what date", Concept.LAST, "en"),
    ("until which date", Concept.LAST, "en"),
    ("till what date", Concept.LAST, "en"),
    ("up to what date", Concept.LAST, "en"),
    ("too late", Concept.GRACE, "en"),
    # the seed's window: "you have 30 days after your anniversary date to renew"
    ("their 30 days", Concept.GRACE, "en"),
    ("the 30 days", Concept.GRACE, "en"),
    ("those 30 days", Concept.GRACE, "en"),
    ("30 day window", Concept.GRACE, "en"),
    # "is anything in its 30 days": the 30 days after the anniversary (not "in the next 30 days", a range)
    ("its 30 days", Concept.GRACE, "en"),
    ("the 30 days", Concept.GRACE, "en"),
    ("de 30 dagen", Concept.GRACE, "nl"),
    ("zijn 30 dagen", Concept.GRACE, "nl"),
    ("hun 30 dagen", Concept.GRACE, "nl"),
    ("de 30 dagen", Concept.GRACE, "nl"),
    ("die 30 dagen", Concept.GRACE, "nl"),
    ("open to renew", Concept.GRACE, "en"),  # "is anything open to renew right now": in the window
    ("open for renewal", Concept.GRACE, "en"),
    ("open om te verlengen", Concept.GRACE, "nl"),
    ("open voor verlenging", Concept.GRACE, "nl"),
    ("too early", Concept.GRACE, "en"),
    ("te vroeg", Concept.GRACE, "nl"),
    ("worst case", Concept.WHAT_IF, "en"),
    ("slechtste geval", Concept.WHAT_IF, "nl"),
    ("or not yet", Concept.ALREADY, "en"),  # "did we renew X or not": an alternative, not a negation
    ("or not", Concept.ALREADY, "en"),
    ("of nog niet", Concept.ALREADY, "nl"),
    ("of niet", Concept.ALREADY, "nl"),
    ("of moet dat nog", Concept.ALREADY, "nl"),  # "is X al verlengd of moet dat nog gebeuren?"
    ("of moet het nog", Concept.ALREADY, "nl"),
    ("or do we still need to", Concept.ALREADY, "en"),  # "is X renewed or do we still need to": history
    ("or do i still need to", Concept.ALREADY, "en"),
    ("or do we still have to", Concept.ALREADY, "en"),
    ("or do i still have to", Concept.ALREADY, "en"),
    ("or does it still need", Concept.ALREADY, "en"),
    ("or is it still open", Concept.ALREADY, "en"),
    ("te laat", Concept.GRACE, "nl"),
    ("partner center", Concept.PARTNER_CENTER, None),
    ("partner centre", Concept.PARTNER_CENTER, "en"),
    ("membership offers", Concept.PARTNER_CENTER, "en"),
    ("to do", Concept.STEPS, "en"),
    ("what do i need to do", Concept.STEPS, "en"),  # what to do for an offer: the procedure
    ("what do we need to do", Concept.STEPS, "en"),
    ("what do i have to do", Concept.STEPS, "en"),
    ("what do we have to do", Concept.STEPS, "en"),
    ("what should i do", Concept.STEPS, "en"),
    ("what should we do", Concept.STEPS, "en"),
    ("what is involved in", Concept.STEPS, "en"),
    ("wat moet ik doen", Concept.STEPS, "nl"),
    ("wat moeten we doen", Concept.STEPS, "nl"),
    ("wat moeten wij doen", Concept.STEPS, "nl"),
    ("wat moet ik daarvoor doen", Concept.STEPS, "nl"),
    # "that" is what the message named before: "never renewed one, how does that work?"
    ("how does that work", Concept.HOW, "en"),
    ("hoe werkt dat", Concept.HOW, "nl"),
    ("hoe gaat dat", Concept.HOW, "nl"),
    ("in zijn werk", Concept.STEPS, "nl"),  # "hoe gaat dat in zijn werk"
    ("walk me through", Concept.STEPS, "en"),
    ("walk us through", Concept.STEPS, "en"),
    ("walk through", Concept.STEPS, "en"),
    ("have to", Concept.MUST, "en"),
    ("recht op", Concept.ELIGIBLE, "nl"),
    ("in aanmerking", Concept.ELIGIBLE, "nl"),
    ("what does it take", Concept.REQUIRE, "en"),
    ("what do we need for", Concept.REQUIRE, "en"),
    ("what do i need for", Concept.REQUIRE, "en"),
    ("wat hebben we nodig", Concept.REQUIRE, "nl"),
    ("wat heb ik nodig", Concept.REQUIRE, "nl"),
    ("wat heb je nodig", Concept.REQUIRE, "nl"),  # the generic "you": "wat heb je nodig voor X"
    ("wat is er nodig", Concept.REQUIRE, "nl"),
    ("voldoen aan", Concept.REQUIRE, "nl"),
    ("audit log", Concept.HISTORY, "en"),
    ("audit trail", Concept.HISTORY, "en"),
    ("last renewal", Concept.HISTORY, "en"),
    ("last renewed", Concept.HISTORY, "en"),
    ("last time", Concept.HISTORY, "en"),
    ("previous renewal", Concept.HISTORY, "en"),
    ("laatste verlenging", Concept.HISTORY, "nl"),
    ("laatste hernieuwing", Concept.HISTORY, "nl"),
    ("laatste vernieuwing", Concept.HISTORY, "nl"),
    ("vorige vernieuwing", Concept.HISTORY, "nl"),
    ("vorige verlenging", Concept.HISTORY, "nl"),
    ("laatste keer", Concept.HISTORY, "nl"),
    ("voor het laatst", Concept.HISTORY, "nl"),
    ("in charge", Concept.ADMIN, "en"),
    ("look after", Concept.ADMIN_WEAK, "en"),  # "who looks after the renewals here"
    ("looks after", Concept.ADMIN_WEAK, "en"),
    ("looking after", Concept.ADMIN_WEAK, "en"),
    ("partner admin", Concept.ADMIN, "en"),
    ("partner admins", Concept.ADMIN, "en"),
    ("turn off", Concept.STOP, "en"),
    ("switch off", Concept.STOP, "en"),
    ("opt out", Concept.STOP, "en"),
    ("no more", Concept.STOP, "en"),
    ("zet uit", Concept.STOP, "nl"),
    ("niet meer", Concept.STOP, "nl"),
    ("uit zetten", Concept.STOP, "nl"),
    ("other channel", Concept.MOVE, "en"),
    ("another channel", Concept.MOVE, "en"),
    ("andere kanaal", Concept.MOVE, "nl"),
    ("ander kanaal", Concept.MOVE, "nl"),
    ("voeg toe", Concept.ADD, "nl"),
    ("klopt niet", Concept.CHANGE, "nl"),
    ("not right", Concept.CHANGE, "en"),
    ("run out", Concept.LOSE, "en"),
    # "drop" with a person before it is a choice to let an offer go ("which one would you drop", "if we drop
    # X"), as "laten vallen" is; with the offer before it, the offer runs out ("did X already drop")
    ("you drop", Concept.MISS, "en"),
    ("we drop", Concept.MISS, "en"),
    ("i drop", Concept.MISS, "en"),
    ("to drop", Concept.MISS, "en"),
    ("we dropped", Concept.MISS, "en"),
    ("drop off", Concept.LOSE, "en"),
    ("give up", Concept.LOSE, "en"),  # "what do we give up if we let it go"
    ("miss out", Concept.LOSE, "en"),
    ("missing out", Concept.LOSE, "en"),
    ("lose out", Concept.LOSE, "en"),
    ("drops off", Concept.LOSE, "en"),
    ("dropped off", Concept.LOSE, "en"),
    ("dropping off", Concept.LOSE, "en"),
    ("fall off", Concept.LOSE, "en"),
    ("fall through", Concept.LOSE, "en"),
    ("falls through", Concept.LOSE, "en"),
    ("falls off", Concept.LOSE, "en"),
    ("fell off", Concept.LOSE, "en"),
    ("falling off", Concept.LOSE, "en"),
    ("fall away", Concept.LOSE, "en"),
    ("falls away", Concept.LOSE, "en"),
    ("go away", Concept.LOSE, "en"),
    ("goes away", Concept.LOSE, "en"),
    ("wear off", Concept.LOSE, "en"),
    ("wears off", Concept.LOSE, "en"),
    ("er af gaan", Concept.LOSE, "nl"),
    ("eraf gaan", Concept.LOSE, "nl"),
    ("runs out", Concept.LOSE, "en"),
    ("running out", Concept.LOSE, "en"),
    ("ran out", Concept.LOSE, "en"),
    ("in orde", Concept.BENEFITS, "nl"),
    ("op tijd", Concept.GRACE, "nl"),
    ("on time", Concept.GRACE, "en"),
    ("in time", Concept.GRACE, "en"),
    ("tegen wanneer", Concept.LAST, "nl"),
    ("by when", Concept.LAST, "en"),
    ("up for renewal", Concept.DUE, "en"),
    ("aan de beurt", Concept.DUE, "nl"),
    ("as of", Concept.DAY, "en"),
    ("by the time", Concept.DAY, "en"),  # "will we still hold X by the time of the event": a time, no count
    ("as a partner", Concept.PROGRAMME, "en"),  # "the implications for us as a partner": ourselves
    ("als partner", Concept.PROGRAMME, "nl"),
    # someone else's question relayed: "Finance needs to know on which date ...", "mijn manager wil weten ..."
    ("needs to know", Concept.ASIDE, "en"),
    ("need to know", Concept.ASIDE, "en"),
    ("wants to know", Concept.ASIDE, "en"),
    ("want to know", Concept.ASIDE, "en"),
    ("would like to know", Concept.ASIDE, "en"),
    ("wil weten", Concept.ASIDE, "nl"),
    ("willen weten", Concept.ASIDE, "nl"),
    ("wil graag weten", Concept.ASIDE, "nl"),
    ("stand for", Concept.ASIDE, "en"),
    ("stands for", Concept.ASIDE, "en"),
    ("remind me to", Concept.ASIDE, "en"),
    ("remind me of", Concept.ASIDE, "en"),
    ("instead of", Concept.CHANGE, "en"),
    ("in plaats van", Concept.CHANGE, "nl"),
    ("what then", Concept.WHAT_IF, "en"),
    ("laten vallen", Concept.MISS, "nl"),  # "als we X laten vallen": if we drop it
    ("laten schieten", Concept.MISS, "nl"),
    ("let it lapse", Concept.MISS, "en"),
    ("let it expire", Concept.MISS, "en"),
    ("stel dat", Concept.WHAT_IF, "nl"),
    ("other partners", Concept.BEYOND, "en"),  # about others, not about our offers
    ("andere partners", Concept.BEYOND, "nl"),
    ("no longer", Concept.LOSE, "en"),  # "the date after which we no longer have X"
    ("niet langer", Concept.LOSE, "nl"),
    ("log it", Concept.RECORD, "en"),  # "log" alone is as often signing in ("log in to partner center")
    ("log that", Concept.RECORD, "en"),  # "suppose that"
    ("hoe zit het met", Concept.STATUS, "nl"),
    # how all of ours stand, in other words: "a health check", "the big picture", "op een rijtje"
    ("health check", Concept.STATUS, "en"),
    ("big picture", Concept.STATUS, "en"),
    ("full picture", Concept.STATUS, "en"),
    ("where each one stands", Concept.STATUS, "en"),
    ("where they stand", Concept.STATUS, "en"),
    ("where everything stands", Concept.STATUS, "en"),
    ("blow up", Concept.STATUS, "en"),  # "is anything about to blow up", as "on fire"
    ("all okay", Concept.STATUS, "en"),
    ("everything in order", Concept.STATUS, "en"),  # "order" alone is a purchase order
    ("all in order", Concept.STATUS, "en"),
    ("all ok", Concept.STATUS, "en"),
    ("op een rijtje", Concept.STATUS, "nl"),
    ("alles nog in orde", Concept.STATUS, "nl"),
    # a place of the procedure: "which menu is the renewal under", "op welke pagina verleng ik X"
    ("which menu", Concept.WHERE, "en"),
    ("what menu", Concept.WHERE, "en"),
    ("which screen", Concept.WHERE, "en"),
    ("what screen", Concept.WHERE, "en"),
    ("which page", Concept.WHERE, "en"),
    ("what page", Concept.WHERE, "en"),
    ("which tab", Concept.WHERE, "en"),
    ("welk menu", Concept.WHERE, "nl"),
    ("welk scherm", Concept.WHERE, "nl"),
    ("welke pagina", Concept.WHERE, "nl"),
    ("welk tabblad", Concept.WHERE, "nl"),
    # a renewal told as done in other words: "the renewal went through", "de verlenging is rond / erdoor"
    ("went through", Concept.DONE, "en"),
    ("gone through", Concept.DONE, "en"),
    ("is rond", Concept.DONE, "nl"),
    ("zijn rond", Concept.DONE, "nl"),
    ("is erdoor", Concept.DONE, "nl"),
    # the days a range of renewals fall on: "op welke dagen vallen de verlengingen"
    ("which days", Concept.DATE, "en"),
    ("what days", Concept.DATE, "en"),
    ("welke dagen", Concept.DATE, "nl"),
    ("so far", Concept.HISTORY, "en"),  # "which renewals have we done so far"
    ("tot nu toe", Concept.HISTORY, "nl"),
    ("suppose we", Concept.WHAT_IF, "en"),
    ("where are we at", Concept.STATUS, "en"),
    ("stand van zaken", Concept.STATUS, "nl"),
    ("go for", Concept.BEYOND, "en"),  # "which competency should we go for next": a choice to advise on
    ("aim for", Concept.BEYOND, "en"),
    ("coming up", Concept.NEXT, "en"),
    ("take care of", Concept.DONE, "en"),
    ("taken care of", Concept.DONE, "en"),
    ("took care of", Concept.DONE, "en"),
    ("keep an eye on", Concept.ADD, "en"),
    # what the bot holds, not an offer to add: "the anniversary dates of everything we track"
    ("everything we track", Concept.COLLECTION, "en"),
    ("everything you track", Concept.COLLECTION, "en"),
    ("everything we are tracking", Concept.COLLECTION, "en"),
    ("everything you are tracking", Concept.COLLECTION, "en"),
    ("alles wat we volgen", Concept.COLLECTION, "nl"),
    ("alles wat je volgt", Concept.COLLECTION, "nl"),
    ("alles wat jij volgt", Concept.COLLECTION, "nl"),
    ("alles wat jullie volgen", Concept.COLLECTION, "nl"),
    ("follow up", Concept.ASIDE, "en"),  # not an offer to follow
    ("new one", Concept.ADD, "en"),  # "new one to follow: X, anniversary 2 February"
    ("a new one", Concept.ADD, "en"),
    ("in de gaten houden", Concept.ADD, "nl"),
    ("less often", Concept.STOP, "en"),
    ("minder vaak", Concept.STOP, "nl"),
    ("extra time", Concept.EXTENSION, "en"),
    ("more time", Concept.EXTENSION, "en"),
    ("extra tijd", Concept.EXTENSION, "nl"),
    ("meer tijd", Concept.EXTENSION, "nl"),
    ("loopt af", Concept.LOSE, "nl"),
    ("wat dan", Concept.WHAT_IF, "nl"),
    # a belief stated for confirmation: the statement after it is the question ("volgens mij verstrijkt X
    # binnenkort, klopt dat?", "if I'm not mistaken X runs out in April, right?"); the frame asks nothing
    ("if i am not mistake", Concept.ASIDE, "en"),
    ("if i am not wrong", Concept.ASIDE, "en"),
    ("unless i am mistake", Concept.ASIDE, "en"),
    ("unless i am wrong", Concept.ASIDE, "en"),
    ("correct me if i am wrong", Concept.ASIDE, "en"),
    ("if i remember correctly", Concept.ASIDE, "en"),
    ("if i recall correctly", Concept.ASIDE, "en"),
    ("i think", Concept.ASIDE, "en"),
    ("i believe", Concept.ASIDE, "en"),
    ("i guess", Concept.ASIDE, "en"),
    ("i assume", Concept.ASIDE, "en"),
    ("pretty sure", Concept.ASIDE, "en"),
    ("is that right", Concept.ASIDE, "en"),
    ("is that correct", Concept.ASIDE, "en"),
    ("am i right", Concept.ASIDE, "en"),
    ("als ik het goed heb", Concept.ASIDE, "nl"),
    ("als ik het goed begrijp", Concept.ASIDE, "nl"),
    ("als ik het me goed herinner", Concept.ASIDE, "nl"),
    ("als ik me niet vergis", Concept.ASIDE, "nl"),
    ("als ik mij niet vergis", Concept.ASIDE, "nl"),
    ("of vergis ik me", Concept.ASIDE, "nl"),
    ("of vergis ik mij", Concept.ASIDE, "nl"),
    ("volgens mij", Concept.ASIDE, "nl"),
    ("ik denk dat", Concept.ASIDE, "nl"),
    ("ik geloof dat", Concept.ASIDE, "nl"),
    ("ik neem aan dat", Concept.ASIDE, "nl"),
    ("klopt dat", Concept.ASIDE, "nl"),
    ("klopt het", Concept.ASIDE, "nl"),
    # not knowing whether, asked: "I can't remember if X was renewed" asks whether it was, no condition
    ("i can not remember if", Concept.QUESTION, "en"),
    ("i can not remember whether", Concept.QUESTION, "en"),
    ("i do not remember if", Concept.QUESTION, "en"),
    ("i do not remember whether", Concept.QUESTION, "en"),
    ("i do not know if", Concept.QUESTION, "en"),
    ("i do not know whether", Concept.QUESTION, "en"),
    ("not sure if", Concept.QUESTION, "en"),
    ("not sure whether", Concept.QUESTION, "en"),
    ("i wonder if", Concept.QUESTION, "en"),
    ("wondering if", Concept.QUESTION, "en"),
    ("check if", Concept.ASIDE, "en"),
    ("ik weet niet of", Concept.QUESTION, "nl"),
    ("ik weet niet meer of", Concept.QUESTION, "nl"),
    # the bot's own place, not a thing the question is about: "who manages the renewals in this workspace"
    # ("the admin of this Slack workspace" is Slack's admin)
    ("in this workspace", Concept.ASIDE, "en"),
    ("in our workspace", Concept.ASIDE, "en"),
    ("in the workspace", Concept.ASIDE, "en"),
    ("in deze workspace", Concept.ASIDE, "nl"),
    ("in onze workspace", Concept.ASIDE, "nl"),
    ("in de workspace", Concept.ASIDE, "nl"),
    # now, as a time the question is asked in: no thing it is about ("staat er iets open op dit moment")
    ("op dit moment", Concept.ASIDE, "nl"),
    ("op het moment", Concept.ASIDE, "nl"),
    ("at the moment", Concept.ASIDE, "en"),
    ("right now", Concept.ASIDE, "en"),
    ("like to know", Concept.ASIDE, "en"),
    ("wil graag weten", Concept.ASIDE, "nl"),
    ("herinner me eraan", Concept.ASIDE, "nl"),
    ("herinner mij eraan", Concept.ASIDE, "nl"),
    ("next month", Concept.DAY, "en"),
    # "holidays" alone is a thing of another trade (time off); "the holidays" alone may be what is asked about
    ("christmas holidays", Concept.DAY, "en"),
    ("before the holidays", Concept.DAY, "en"),  # a season with no fixed dates
    ("over the holidays", Concept.DAY, "en"),
    ("during the holidays", Concept.DAY, "en"),
    ("after the holidays", Concept.DAY, "en"),
    ("christmas holiday", Concept.DAY, "en"),
    ("christmas break", Concept.DAY, "en"),
    ("summer holidays", Concept.DAY, "en"),
    ("summer holiday", Concept.DAY, "en"),
    ("summer vacation", Concept.DAY, "en"),
    ("summer break", Concept.DAY, "en"),
    ("school holidays", Concept.DAY, "en"),
    ("next week", Concept.DAY, "en"),
    ("next year", Concept.DAY, "en"),
    ("next quarter", Concept.DAY, "en"),
    ("volgende maand", Concept.DAY, "nl"),
    ("volgende week", Concept.DAY, "nl"),
    ("volgend jaar", Concept.DAY, "nl"),
    ("volgend kwartaal", Concept.DAY, "nl"),
    ("komende maand", Concept.DAY, "nl"),
    ("komend kwartaal", Concept.DAY, "nl"),
    ("over twee weken", Concept.DAY, "nl"),
    ("for the reminder", Concept.THANKS, "en"),  # "thanks for the reminder earlier": courtesy, no request
    ("for the reminders", Concept.THANKS, "en"),
    ("voor de herinnering", Concept.THANKS, "nl"),
    ("for your help", Concept.THANKS, "en"),  # "thanks for your help" is no request for help
    ("for the help", Concept.THANKS, "en"),
    ("for helping", Concept.THANKS, "en"),
    ("voor je hulp", Concept.THANKS, "nl"),
    ("voor jouw hulp", Concept.THANKS, "nl"),
    ("voor uw hulp", Concept.THANKS, "nl"),
    ("voor de hulp", Concept.THANKS, "nl"),
    ("for all the help", Concept.THANKS, "en"),
    ("for all your help", Concept.THANKS, "en"),
    ("great help", Concept.THANKS, "en"),
    ("voor al je hulp", Concept.THANKS, "nl"),
    ("dank u", Concept.THANKS, "nl"),
    ("good morning", Concept.GREETING, "en"),
    ("good afternoon", Concept.GREETING, "en"),
    ("good evening", Concept.GREETING, "en"),
    ("goede morgen", Concept.GREETING, "nl"),
    ("goeie morgen", Concept.GREETING, "nl"),
    # round 10's classes. Whether not renewing matters: "is that a problem?", "is dat erg?", "then what?"
    ("big deal", Concept.MATTERS, "en"),
    ("is that bad", Concept.MATTERS, "en"),
    ("is it bad", Concept.MATTERS, "en"),
    ("be bad", Concept.MATTERS, "en"),
    ("how bad", Concept.MATTERS, "en"),
    ("dat erg", Concept.MATTERS, "nl"),
    ("het erg", Concept.MATTERS, "nl"),
    ("then what", Concept.WHAT_IF, "en"),
    ("say we", Concept.WHAT_IF, "en"),  # "say we don't renew CBA, then what?"
    ("suppose we", Concept.WHAT_IF, "en"),
    ("supposing we", Concept.WHAT_IF, "en"),
    ("suppose that", Concept.WHAT_IF, "en"),
    ("from scratch", Concept.MATTERS, "en"),  # "do we have to earn it again from scratch"
    ("opnieuw beginnen", Concept.MATTERS, "nl"),
    ("lose my mind", Concept.ASIDE, "en"),  # an idiom: nothing of ours is lost
    ("lose my temper", Concept.ASIDE, "en"),
    ("lose my patience", Concept.ASIDE, "en"),
    # the soonest of our dates: "which one expires first", "welke loopt als eerste af"
    ("als eerste", Concept.FIRST, "nl"),
    ("het eerst", Concept.FIRST, "nl"),
    ("het eerste", Concept.FIRST, "nl"),
    # being without an offer is having lost it: "from which day are we without it", "vanaf wanneer zitten we
    # zonder X"; no longer getting the benefits is losing them
    ("without it", Concept.LOSE, "en"),
    ("without them", Concept.LOSE, "en"),
    ("be without", Concept.LOSE, "en"),
    ("are without", Concept.LOSE, "en"),
    ("we without", Concept.LOSE, "en"),
    ("we zonder", Concept.LOSE, "nl"),
    ("zonder zitten", Concept.LOSE, "nl"),
    ("zonder staan", Concept.LOSE, "nl"),
    ("stop getting", Concept.LOSE, "en"),
    ("stop receiving", Concept.LOSE, "en"),
    ("stop having", Concept.LOSE, "en"),
    # a renewal reported in passing: "just so you know we sorted the Security renewal on monday"
    ("sorted out", Concept.DONE, "en"),
    ("so you know", Concept.ASIDE, "en"),
    ("ter info", Concept.ASIDE, "nl"),
    ("ter informatie", Concept.ASIDE, "nl"),
    ("for your information", Concept.ASIDE, "en"),
    # status in other words: "is anything in the red?", "staat er iets op rood?"
    ("in the red", Concept.STATUS, "en"),
    ("in het rood", Concept.STATUS, "nl"),
    ("op rood", Concept.STATUS, "nl"),
    ("on fire", Concept.STATUS, "en"),
    ("in brand", Concept.STATUS, "nl"),
    # the programme's own name and things: "where we stand with the Microsoft partner program", "onze
    # Microsoft-dingen"
    ("microsoft partner", Concept.COMPETENCY, None),
    ("partner program", Concept.COMPETENCY, "en"),
    ("partner programme", Concept.COMPETENCY, "en"),
    ("partner network", Concept.COMPETENCY, "en"),
    ("microsoft stuff", Concept.COMPETENCY, "en"),
    ("microsoft things", Concept.COMPETENCY, "en"),
    ("microsoft dingen", Concept.COMPETENCY, "nl"),
    ("microsoft zaken", Concept.COMPETENCY, "nl"),
    # who the person writing is, no subject of the question: "new office manager here", "I'm not an admin but"
    ("office manager", Concept.ASIDE, "en"),
    ("new here", Concept.ASIDE, "en"),
    ("just started", Concept.ASIDE, "en"),
    ("nieuw hier", Concept.ASIDE, "nl"),
    ("not an admin", Concept.ASIDE, "en"),
    ("not the admin", Concept.ASIDE, "en"),
    ("geen admin", Concept.ASIDE, "nl"),
    ("geen beheerder", Concept.ASIDE, "nl"),
    # what can be renewed now is the window: "did we miss the boat?"
    ("anything i can renew", Concept.GRACE, "en"),
    ("anything we can renew", Concept.GRACE, "en"),
    ("something i can renew", Concept.GRACE, "en"),
    ("something we can renew", Concept.GRACE, "en"),
    ("anything to renew", Concept.GRACE, "en"),
    ("something to renew", Concept.GRACE, "en"),
    ("iets te verlengen", Concept.GRACE, "nl"),
    ("miss the boat", Concept.GRACE, "en"),
    ("missed the boat", Concept.GRACE, "en"),
    ("boot gemist", Concept.GRACE, "nl"),
    ("boot missen", Concept.GRACE, "nl"),
    # questions to the bot about itself: "what kind of questions can I ask you", "wat doe je precies"
    ("can i ask you", Concept.HELP, "en"),
    ("kan ik je stellen", Concept.HELP, "nl"),
    ("kan ik jou stellen", Concept.HELP, "nl"),
    ("kan ik u stellen", Concept.HELP, "nl"),
    ("what exactly do you do", Concept.BOT, "en"),
    ("do you do", Concept.BOT, "en"),  # "what kind of stuff do you do?"
    ("wat doe je precies", Concept.BOT, "nl"),
    ("wat doe jij", Concept.BOT, "nl"),
    ("wat doet u", Concept.BOT, "nl"),
    # a past renewal asked to be confirmed: "can you confirm when that was?"
    ("when that was", Concept.HISTORY, "en"),
    ("when was that", Concept.HISTORY, "en"),
    ("when that happened", Concept.HISTORY, "en"),
    ("wanneer dat was", Concept.HISTORY, "nl"),
    ("wanneer was dat", Concept.HISTORY, "nl"),
    # what must be met to earn an offer: its requirements ("waar moeten we aan voldoen", "te behalen")
    ("aan voldoen", Concept.REQUIRE, "nl"),
    ("to earn", Concept.EARN, "en"),
    ("to achieve", Concept.EARN, "en"),
    ("to obtain", Concept.EARN, "en"),
    ("to get", Concept.EARN, "en"),
    ("to qualify for", Concept.EARN, "en"),
    ("te behalen", Concept.EARN, "nl"),
    ("te halen", Concept.EARN, "nl"),
    ("te verkrijgen", Concept.EARN, "nl"),
    ("te krijgen", Concept.EARN, "nl"),
    ("fiscal year", Concept.DAY, "en"),
    ("financial year", Concept.DAY, "en"),
)

# "is X al verlengd of moet dat nog (gebeuren)?", "... of moet ik het nog doen?", Flemish "of moet da nog": the
# alternative asks whether it was renewed (history), not what must be done
_STILL_TO_DO: Final[tuple[tuple[str, Concept, Lang | None], ...]] = tuple(
    (f"of {verb} {who}{what} nog", Concept.ALREADY, "nl")
    for verb, people in (("moet", ("", "ik ", "je ", "u ")), ("moeten", ("we ", "wij ")))
    for who in people
    for what in ("dat", "da", "het")
    if f"of {verb} {who}{what} nog" not in {p for p, _, _ in _LISTED_PHRASES}
)

# Thanks for what the bot just said, before the next question: "Thanks for the overview. When is X due
# though?" thanks for an overview and asks no status.
_THANKED_FOR: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], str, Lang, tuple[str, ...]], ...]] = (
    (("thanks", "thank you", "thx", "ty", "cheers"), ("the", "your", "that"), "for", "en",
     ("overview", "summary", "list", "update", "status", "info", "information", "answer", "reply", "rundown")),
    (("bedankt", "dank", "dank je", "dank u", "dankjewel", "dankuwel", "merci"), ("het", "de", "je", "jouw", "uw"),
     "voor", "nl", ("overzicht", "samenvatting", "lijst", "update", "status", "info", "antwoord", "stand")),
)  # fmt: skip
# What the bot follows, in a relative clause: "show me everything you follow", "toon alles wat je opvolgt" name
# the offers tracked (the status), not an offer to add ("can you track Security" still adds one)
_TRACKING_CLAUSES: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], Lang], ...]] = (
    (("what", "everything", "all"), ("you",), ("track", "follow", "monitor", "watch"), "en"),
    (("what", "everything", "all"), ("you are",), ("tracking", "following", "monitoring", "watching"), "en"),
    (("wat",), ("je", "jij", "u", "ge"), ("volgt", "opvolgt", "bijhoudt", "bewaakt", "monitort"), "nl"),
)
_WHAT_YOU_TRACK: Final[tuple[tuple[str, Concept, Lang | None], ...]] = tuple(
    (f"{what} {you} {verb}", Concept.COLLECTION, lang)
    for whats, yous, verbs, lang in _TRACKING_CLAUSES
    for what in whats
    for you in yous
    for verb in verbs
)
# Wishes as greetings: "happy monday", "fijne vrijdag", "happy new year"
_WISH_DAYS: Final[tuple[tuple[str, Lang, str], ...]] = (
    ("happy", "en", "monday tuesday wednesday thursday friday weekend holidays"),
    ("fijne", "nl", "maandag dinsdag woensdag donderdag vrijdag dag feestdagen"),
)
_WISHES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = tuple(
    (f"{wish} {day}", Concept.GREETING, lang) for wish, lang, days in _WISH_DAYS for day in days.split()
)
# What the bot does, asked of it: "what do you track?", "what exactly do you keep track of?", "what sort of messages
# do you understand?", "wat houd jij allemaal bij?" (help; "show me everything you track" is the status)
_BOT_DOES: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], Lang], ...]] = (
    (("what do you", "what exactly do you", "what things do you"),
     ("track", "follow", "monitor", "keep track of", "understand", "know about"), "en"),
    (("messages do you", "questions do you", "questions can you"), ("understand", "answer"), "en"),
    # the separable "houd ... bij" is joined first (bot.language.reader.text): "wat bijhouden jij allemaal"
    (("wat bijhouden",), ("je", "jij", "u", "ge"), "nl"),
    (("wat volg je", "wat volg jij", "wat volgt u"), ("op", "allemaal", "allemaal op"), "nl"),
    (("wat begrijp je", "wat begrijp jij", "wat verstaat u"), ("", "allemaal"), "nl"),
)  # fmt: skip
_WHAT_YOU_DO: Final[tuple[tuple[str, Concept, Lang | None], ...]] = tuple(
    (f"{start} {verb}".strip(), Concept.HELP, lang)
    for starts, verbs, lang in _BOT_DOES
    for start in starts
    for verb in verbs
)
# Ordinal quarters and halves of the year are ranges (bot.language.reader.when reads them): "what expires in the
# third quarter?", "wat moet er in de eerste helft van het jaar verlengd worden?"
_ORDINAL_PARTS: Final[tuple[tuple[tuple[str, ...], str, Lang], ...]] = (
    (("first", "second", "third", "fourth"), "quarter", "en"),
    (("first", "second"), "half", "en"),
    (("eerste", "tweede", "derde", "vierde"), "kwartaal", "nl"),
    (("eerste", "tweede"), "helft", "nl"),
)
_ORDINAL_RANGES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = tuple(
    (f"{ordinal} {part}", Concept.DAY, lang)
    for ordinals, part, lang in _ORDINAL_PARTS
    for ordinal in ordinals
)


# Rounds 16-22's classes: the status, the fee, requirements, planning and running out in other words, and Dutch
# chat. Phrases, so their words stop counting as words of something else.
_ROUND18_PHRASES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = (
    # the status: "a status report", "show all", "stand van zaken", "wat hebben we allemaal lopen", "what's red"
    ("status report", Concept.STATUS, "en"),
    ("show all", Concept.STATUS, "en"),
    ("show everything", Concept.STATUS, "en"),
    ("alles tonen", Concept.STATUS, "nl"),
    ("toon alles", Concept.STATUS, "nl"),
    ("stand van zaken", Concept.STATUS, "nl"),
    ("allemaal lopen", Concept.STATUS, "nl"),
    ("nu lopen", Concept.STATUS, "nl"),
    ("what is red", Concept.STATUS, "en"),
    ("what is green", Concept.STATUS, "en"),
    # what the programme or Microsoft asks of us: its requirements
    ("asks of us", Concept.REQUIRE, "en"),
    ("ask of us", Concept.REQUIRE, "en"),
    ("van ons vraagt", Concept.REQUIRE, "nl"),
    ("van ons verwacht", Concept.REQUIRE, "nl"),
    ("vraagt microsoft", Concept.REQUIRE, "nl"),
    ("eisen stelt", Concept.REQUIRE, "nl"),
    # planned: "op de planning", "next in line"
    ("op de planning", Concept.NEXT, "nl"),
    ("next in line", Concept.NEXT, "en"),
    # running out: "stop counting", "ophouden te tellen"
    ("stop counting", Concept.LOSE, "en"),
    # a price tag hung on it: the fee
    ("prijs kaartje", Concept.FEE, "nl"),
    # doubt stated is a question asked: "volgens mij is X verlengd maar ik ben niet zeker, klopt dat?"
    ("not sure", Concept.QUESTION, "en"),
    ("niet zeker", Concept.QUESTION, "nl"),
    ("niet meer zeker", Concept.QUESTION, "nl"),
    # how all of ours stand: "hoe het met al onze offers gesteld is"
    ("gesteld is", Concept.LOOKS, "nl"),
    # "or nothing yet": an alternative that asks whether, not doing nothing ("al iets vernieuwd of nog niks?")
    ("nog niks", Concept.ALREADY, "nl"),
    ("nog niets", Concept.ALREADY, "nl"),
    ("nothing yet", Concept.ALREADY, "en"),
    # "has to be renewed": a rule
    ("has to", Concept.MUST, "en"),
    # "I renewed X but forgot to tell you": an apology, no question and nothing missed
    ("forgot to tell you", Concept.ASIDE, "en"),
    ("vergeten te melden", Concept.ASIDE, "nl"),
    ("vergeten te zeggen", Concept.ASIDE, "nl"),
)


# Round 11's phrases: the standing of all we hold in other words (good on everything, anything red, in general,
# on our side), the programme's own account, the waiting over, stopping and keeping in other words
_ROUND11_PHRASES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = (
    ("on everything", Concept.COLLECTION, "en"),  # "are we good on everything?"
    ("with everything", Concept.COLLECTION, "en"),
    ("across the board", Concept.COLLECTION, "en"),
    ("overal goed", Concept.COLLECTION, "nl"),  # "zitten we overal goed?"
    ("overal ok", Concept.COLLECTION, "nl"),
    ("overal in orde", Concept.COLLECTION, "nl"),
    ("anything red", Concept.STATUS, "en"),  # "anything red?" as "is anything in the red"
    ("something red", Concept.STATUS, "en"),
    ("iets rood", Concept.STATUS, "nl"),
    ("internal use rights", Concept.BENEFITS, "en"),
    ("use rights", Concept.BENEFITS, "en"),
    ("gebruiksrechten", Concept.BENEFITS, "nl"),
    *_WISHES,
    ("happy new year", Concept.GREETING, "en"),
    ("gelukkig nieuwjaar", Concept.GREETING, "nl"),
    ("fijn weekend", Concept.GREETING, "nl"),
    # "is it time to renew X yet?", "is het al tijd om X te verlengen?": whether the waiting is over (the window)
    ("is it time", Concept.WAIT, "en"),
    ("is het tijd", Concept.WAIT, "nl"),
    ("het al tijd", Concept.WAIT, "nl"),
    # stopping in other words: "cut it out with the reminders", "hou op met die herinneringen"
    ("cut it out", Concept.STOP, "en"),
    ("hou op", Concept.STOP, "nl"),
    ("houd op", Concept.STOP, "nl"),
    ("hou eens op", Concept.STOP, "nl"),
    # keeping an offer as staying it: "what do we need to do to stay gold?", "om gold te blijven"
    ("te blijven", Concept.KEEP, "nl"),
    ("need in place", Concept.REQUIRE, "en"),  # "what do we need in place for the Kubernetes spec?"
    ("have in place", Concept.REQUIRE, "en"),
    ("voor de herinnering", Concept.THANKS, "nl"),  # "bedankt voor de herinnering, we hebben X verlengd"
    ("voor de herinneringen", Concept.THANKS, "nl"),
    ("to drop off", Concept.LOSE, "en"),
    ("call ourselves", Concept.OBJECT, "en"),  # "can we still call ourselves X specialized?": no phone call
    (
        "ons noemen",
        Concept.OBJECT,
        "nl",
    ),  # "is anything going to drop off in Q3?": running out, no choice to drop
    ("in general", Concept.OBJECT, "en"),  # "how are our renewals doing in general?": all of them
    ("overall", Concept.OBJECT, "en"),
    ("in het algemeen", Concept.OBJECT, "nl"),
    ("over het algemeen", Concept.OBJECT, "nl"),
    # the programme's own account: "who are the admins for our partner account?" (another account stays
    # another thing's: "my Azure account")
    ("partner account", Concept.PROGRAMME, None),
    ("mpn account", Concept.PROGRAMME, None),
    ("on our side", Concept.OBJECT, "en"),  # "anything red on our side?": ours, no noun of another thing
    ("on our end", Concept.OBJECT, "en"),
    ("aan onze kant", Concept.OBJECT, "nl"),
)
# Rounds 17 and 20's look-alikes: whether a renewal is worth the trouble ("should we bother renewing X", "is it
# worth the bother") asks advice; "bother" alone stays courtesy ("sorry to bother you"). A status report is
# the status asked ("report" alone is a thing of another trade).
_ROUND20_PHRASES: Final[tuple[tuple[str, Concept, Lang | None], ...]] = (
    ("we bother", Concept.BEYOND, "en"),
    ("i bother", Concept.BEYOND, "en"),
    ("even bother", Concept.BEYOND, "en"),
    ("status report", Concept.STATUS, "en"),
    ("status reports", Concept.STATUS, "en"),
    # what is running for us: "kan je een overzichtje geven van wat er loopt?"
    ("wat er loopt", Concept.STATUS, "nl"),
    ("wat er allemaal loopt", Concept.STATUS, "nl"),
    # "could you remind me when X's anniversary falls": the date asked, in a reminder's words ("remind me
    # to ...", "remind me of ..." stay asides; "when will you remind me" asks the reminder)
    ("remind me when", Concept.WHEN, "en"),
    ("remind us when", Concept.WHEN, "en"),
    ("remind me again when", Concept.WHEN, "en"),
    # the bot's view asked: "moeten we volgens jou nog verlengen?" ("volgens mij" is the asker's belief)
    ("volgens jou", Concept.BEYOND, "nl"),
    ("volgens u", Concept.BEYOND, "nl"),
    ("volgens jullie", Concept.BEYOND, "nl"),
    ("in your view", Concept.BEYOND, "en"),
    # "wie heeft de gold laatst verlengd?": the last renewal ("op zijn laatst verlengd" is a deadline)
    ("laatst verlengd", Concept.HISTORY, "nl"),
    ("laatst vernieuwd", Concept.HISTORY, "nl"),
    ("laatst hernieuwd", Concept.HISTORY, "nl"),
    ("op zijn laatst", Concept.LAST, "nl"),
    # the best moment asked is advice ("what's the best time of year to renew?"; "best" alone is courtesy)
    ("best time", Concept.BEYOND, "en"),
    ("best moment", Concept.BEYOND, "en"),
    ("beste moment", Concept.BEYOND, "nl"),
    ("beste tijd", Concept.BEYOND, "nl"),
    ("beste tijdstip", Concept.BEYOND, "nl"),
    # small talk of time passing: "time flies, another year gone already!"
    # "would it be wise to let X lapse?" ("MPN-wise" is no advice)
    ("be wise", Concept.BEYOND, "en"),
    ("it wise", Concept.BEYOND, "en"),
    ("time flies", Concept.BEYOND, "en"),
    ("tijd vliegt", Concept.BEYOND, "nl"),
)
_PHRASES: Final = (
    _LISTED_PHRASES
    + _ROUND20_PHRASES
    + _ROUND11_PHRASES
    + _ROUND18_PHRASES
    + _WHAT_YOU_DO
    + _ORDINAL_RANGES
    + _WHAT_YOU_TRACK
    + _STILL_TO_DO
    + tuple(
        (f"{thanks} {preposition} {det} {thing}", Concept.THANKS, lang)
        for thankses, dets, preposition, lang, things in _THANKED_FOR
        for thanks in thankses
        for det in dets
        for thing in things
    )
)

# Words that carry no question of their own. They let "and the azure one?" or "hoe zit het met
# security?" count as naming an offer and nothing else, and some of them tell the language.
_FILLER: Final = _Words(
    en="the a an my our your one ones about and also then what which are was be its for to on "
    "with please pls plz info i you me us do does so now just there any am will would shall has have "
    "ur r abt quick quickly question again guys all before after within between thing things stuff get gets "
    "from until till since by let know tell wondering wonder see find out look show "
    "could can you hello there whether but this that these those they their here at into onto than were "
    "been being asking or myself yourself ourselves itself old currently "
    # "stop the reminders for a while": a span of time, no noun of something else
    "while",
    nl="de het een mijn onze ons jouw uw je jij u ik wij die dat over en ook dan wat welke zijn zit zat zaten "
    "zitten staat met voor van op aan graag aub alsjeblieft alstublieft svp er nu even eens "
    "ge gij gy uwe da den ne nen efkes allee awel amai k ff heb hebt hebben heeft hebde we wij wel "
    "mvg groet groetjes gr vraag vraagje snel nou hoor zo na tegen binnen tussen vanaf sinds tot weet "
    "weten zeg zeggen vertel laat horen benieuwd vroeg afvragen kijken geef maar om te bij naar mij deze dit "
    "mezelf zelf onszelf ding dingen dinges dingetje gedoe door krijgen krijg krijgt zien zie ziet laten "
    "eigenlijk toon hun alle zou oud oude momenteel definitief "
    "tijdje daarnet zonet zojuist "
    # "waar komt de reminder voor appdev terecht": where it ends up, no noun the offer names the kind of
    "terecht",
    both="we in is of per team ok oke okay btw fyi asap rn check u",
)

# Courtesy around a question: greetings' companions, sign-offs, apologies. They carry no question and no
# evidence of a topic, so they are neither keywords nor words of something else ("hope you are doing well",
# "kind regards", "sorry to bother you", "hopelijk gaat alles goed", "met vriendelijke groet").
_COURTESY: Final = _Words(
    en="hope hoping hopefully doing well kind regards best wishes advance sorry bother "
    "bothering dear everyone folks sir madam lovely nice mate "
    # the people a question is asked for ("my manager wants to know ..."): no subject of it
    "manager managers boss director colleague colleagues ceo cfo cto",
    nl="hopelijk korte beste sorry stoor storen weer groeten vriendelijke hartelijke alvast "
    "collega collegas iedereen fijne fijn baas directeur leidinggevende",
)
COURTESY_WORDS: Final = frozenset(f"{_COURTESY.en} {_COURTESY.nl}".split())

# Real words that are near a keyword but mean something else. They are taken as they are and never
# "corrected": "think" is not a typo of "thank", "close" not of "lose", "misschien" not of "missen".
# Found by running every word of an English and a Dutch dictionary (Debian's wamerican and wdutch)
# through the typo matching and keeping the ones a partner admin might write; a test checks that each
# one would otherwise be misread, so the list holds nothing that is not needed.
COMMON_WORDS: Final = word_set(
    """
    begint manager managers think thinks close closes closing hell later states estate least helper
    windows wide times timer alike news newer ever note hope home stops regain messed filed filled falls
    rates advance quality tend apples stage cold waits mails mailed green theme skill completely
    extensive headline headlines verification registered

    allen dienst geven heel hele heen heer hoge hoek ooit onder kans kant kennen links losse
    meten rente stad stil stijl verkopen verkoopt versies volgens thans vereniging verenigingen
    overleggen instellen aanmelding verlenen verlangen werken zwaar lijkt stond beurs
    """
)


def _by_language(words: _Words) -> tuple[tuple[Lang | None, str], ...]:
    return (("en", words.en), ("nl", words.nl), (None, words.both))


def _vocabulary_tables() -> tuple[dict[str, frozenset[Concept]], dict[str, Lang | None]]:
    concepts: dict[str, set[Concept]] = {}
    languages: dict[str, Lang | None] = {}

    def tag(word: str, lang: Lang | None) -> None:
        if word in languages and languages[word] != lang:
            languages[word] = None
        else:
            languages[word] = lang

    for concept, words in _VOCABULARY.items():
        for lang, text in _by_language(words):
            for word in text.split():
                concepts.setdefault(word, set()).add(concept)
                tag(word, lang)
    for phrase, _, lang in _PHRASES:
        for word in phrase.split():
            if word not in concepts:
                tag(word, lang)
    for lang, text in _by_language(_FILLER):
        for word in text.split():
            if word not in concepts:
                tag(word, lang)
    return {word: frozenset(cs) for word, cs in concepts.items()}, languages


WORD_CONCEPTS, WORD_LANGUAGE = _vocabulary_tables()
# English chat words Dutch speakers type too: they tell no language when other words do ("overzicht pls").
# and "thanks", which Dutch chat writes as often as "bedankt" ("thanks, super geholpen!")
CHAT_WORDS: Final = word_set("pls plz thx tnx ty btw fyi asap rn ok oke okay thanks")
FILLER_WORDS: Final = frozenset(f"{_FILLER.en} {_FILLER.nl} {_FILLER.both}".split())
PHRASE_TABLE: Final = tuple(
    sorted(((tuple(p.split()), c) for p, c, _ in _PHRASES), key=lambda item: -len(item[0]))
)
# The phrases by their first word, longest first: a message's word only tries the phrases it can start.
PHRASES_BY_FIRST_WORD: Final[dict[str, tuple[tuple[tuple[str, ...], Concept], ...]]] = {
    first: tuple(item for item in PHRASE_TABLE if item[0][0] == first)
    for first in {p[0] for p, _ in PHRASE_TABLE}
}
# Every word with a meaning here: a typo is corrected towards one of these...
# Words that are evidence against answering (things of another trade, questions of another kind) are read
# only as typed: correcting "sending" to "spending" or "beste" to "beter" would turn a question away.
_EXACT_ONLY: Final = frozenset({Concept.FOREIGN, Concept.BEYOND})
_READ_WORDS: Final = frozenset(
    w for w in set(WORD_LANGUAGE) | set(WORD_CONCEPTS) if not WORD_CONCEPTS.get(w, {None}) <= _EXACT_ONLY
)
# Filler words are no typo targets either: correcting "gaan" to "aan" or "going" to "doing" makes a word of
# the question vanish, and a filler typed wrong changes nothing anyway.
_TARGETS: Final = tuple(sorted(w for w in _READ_WORDS if w in WORD_CONCEPTS))
# Words of real offer names that are also everyday words ("can I change the date", "when does the window
# open", "partner center", "is the server room on fire"): they name an offer together with its other words ("Adoption and Change
# Management", "Data Center") but never alone, like keywords.
_WEAK_OFFER_WORDS: Final = word_set(
    """
    open source change access low code content information service services solution solutions
    management development modern small work project web server servers
    """
)
# A word with a meaning of its own here: it names an offer only as part of the offer's full name.
# Things of another trade are no meaning of ours: "Teams" names "Calling for Microsoft Teams" where one is tracked.
_MEANINGFUL: Final = _READ_WORDS | _WEAK_OFFER_WORDS
# ...and a word that is one of these (or of the offers) is never corrected.
KNOWN_WORDS: Final = _MEANINGFUL | COMMON_WORDS | frozenset(WORD_CONCEPTS) | COURTESY_WORDS


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance: letters inserted, deleted, replaced or two neighbours swapped."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _typo_score(word: str, known: str) -> float:
    """How surely ``word`` is a typo of ``known`` (0 when not); see ``FUZZY_CUTOFF``.

    Two measures: difflib's ratio must reach the cutoff (about one slip per five letters), and the number
    of edits must be at most ``MAX_EDITS`` for the shorter word's length, so that a word close to two
    keywords goes to the one it is fewer edits from ("renwe" is one swap from "renew", three edits from
    "renewed", though difflib rates "renewed" higher). Fewer edits rank first, then the higher ratio.
    """
    ratio = difflib.SequenceMatcher(None, word, known, autojunk=False).ratio()
    swapped = len(word) == len(known) and sorted(word) == sorted(known)
    if ratio < FUZZY_CUTOFF and not (ratio >= SWAP_CUTOFF and swapped):
        return 0.0
    edits = _edits(word, known)
    if edits > max_edits(min(len(word), len(known))):
        return 0.0
    # the same letters in another order are the likeliest slip of all ("verlendg" is verlengd, not verleng)
    return 1.0 - 0.1 * edits + ratio / 100 + (0.05 if swapped else 0.0)


def _letters(word: str) -> int:
    """The letters of ``word`` as bits (two letters may share one: that only weakens ``_may_be_close``)."""
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) & 63)
    return mask


def _may_be_close(word: str, mask: int, candidate: str, candidate_mask: int) -> bool:
    """Whether difflib could rate ``candidate`` at ``SWAP_CUTOFF`` or more: at most the letters the two
    share can match, so the letters of one the other lacks bound the ratio from above (as difflib's own
    ``quick_ratio`` does, in integer operations instead of a count of every letter). Skipping a candidate
    that fails it changes nothing ``get_close_matches`` would return, and saves most of its work."""
    total = len(word) + len(candidate)
    shared = min(
        len(word) - (mask & ~candidate_mask).bit_count(),
        len(candidate) - (candidate_mask & ~mask).bit_count(),
    )
    return 2.0 * shared >= SWAP_CUTOFF * total


def _nearest(
    word: str, candidates: Sequence[str], masks: Sequence[int] | None = None
) -> tuple[float, tuple[str, ...]]:
    """The best typo score of ``word`` against ``candidates``, and every candidate that reaches it.
    ``masks``: the candidates' ``_letters``, when they are read often (the keywords)."""
    best, found = 0.0, tuple[str, ...]()
    mask = _letters(word)
    known = masks if masks is not None else [_letters(c) for c in candidates]
    likely = [c for c, m in zip(candidates, known, strict=True) if _may_be_close(word, mask, c, m)]
    for candidate in difflib.get_close_matches(word, likely, n=8, cutoff=SWAP_CUTOFF):
        score = _typo_score(word, candidate)
        if score > best:
            best, found = score, (candidate,)
        elif score == best and score > 0:
            found = (*found, candidate)
    return best, found


_TARGET_LETTERS: Final = tuple(_letters(target) for target in _TARGETS)


@lru_cache(maxsize=16384)
def nearest_keyword(word: str) -> tuple[float, str | None]:
    score, found = _nearest(word, _TARGETS, _TARGET_LETTERS)
    return (score, found[0]) if found else (0.0, None)


# Things of another trade long enough to be recognised inside a Dutch or English compound ("supportticket",
# "autoverzekering", "examenvoucher", "huurcontract", "teamvergadering").
_FOREIGN_PARTS: Final = tuple(
    sorted(word for word, concepts in WORD_CONCEPTS.items() if Concept.FOREIGN in concepts and len(word) >= 5)
)


@lru_cache(maxsize=4096)
def foreign_compound(word: str) -> bool:
    """An unknown word that starts or ends with a thing of another trade (``Concept.FOREIGN``)."""
    return any(
        word.startswith(part) or word.endswith(part) for part in _FOREIGN_PARTS if len(word) > len(part)
    )


# Words of ours long enough to be the first part of a compound ("coronaregeling", "verlengingsaanvraag",
# "expirydate"), longest first so that the longest one is taken.
COMPOUND_HEADS: Final = tuple(
    sorted((w for w in _TARGETS if w in WORD_CONCEPTS and len(w) >= 5), key=len, reverse=True)
)
# Endings of English and Dutch inflection, longest first: "stopped", "costing", "changes", "gepauzeerd".
_ENDINGS: Final = ("ings", "ing", "ed", "es", "s", "en", "e", "t", "d", "ly")


@lru_cache(maxsize=4096)
def base_form(word: str) -> str | None:
    """The word of ours that ``word`` inflects, when no typo of a word of ours explains it: an ending
    taken off ("costing" -> "cost"), with a final "e" put back ("expiring" -> "expire"), a doubled
    consonant undone ("stopped" -> "stop"), or a Dutch participle's "ge-" dropped ("gewijzigd" ->
    "wijzig")."""
    if len(word) < 5:
        return None
    # a Dutch participle of an English verb: "gerenewed", "gemonitord"
    if word.startswith("ge") and word[2:] in WORD_CONCEPTS and not WORD_CONCEPTS[word[2:]] <= _EXACT_ONLY:
        return word[2:]
    # ... with the Dutch ending "-d" or "-t" for the English "-ed": "gerenewd", "gecanceld"
    if word.startswith("ge") and word[-1] in "dt" and (english := word[2:-1] + "ed") in WORD_CONCEPTS:
        return english
    # a Dutch verb's stem with its long vowel written double ("pauzeer", "registreer") is the infinitive
    # with it single ("pauzeren", "registreren")
    if len(word) >= 5 and word[-2] == word[-3] and word[-2] in "aeou":
        infinitive = word[:-2] + word[-1] + "en"
        if infinitive in WORD_CONCEPTS and not WORD_CONCEPTS[infinitive] <= _EXACT_ONLY:
            return infinitive
    # a Dutch verb's stem is its infinitive without "en", a last consonant doubled: "verzet" -> "verzetten"
    for infinitive in (word + "en", word + word[-1] + "en"):
        if infinitive in WORD_CONCEPTS and not WORD_CONCEPTS[infinitive] <= _EXACT_ONLY:
            return infinitive
    # a Dutch diminutive: "lijstje" is a small "lijst", "overzichtje" an "overzicht"
    for suffix in _DIMINUTIVES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem in WORD_CONCEPTS and not WORD_CONCEPTS[stem] <= _EXACT_ONLY:
                return stem
    stems = [word[2:]] if word.startswith("ge") else []
    stems.append(word)
    for stem in stems:
        for ending in _ENDINGS:
            if not stem.endswith(ending) or len(stem) - len(ending) < 3:
                continue
            base = stem[: -len(ending)]
            for candidate in (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "", base + "en"):
                if candidate in WORD_CONCEPTS and not WORD_CONCEPTS[candidate] <= _EXACT_ONLY:
                    return candidate
    return None


_DIMINUTIVES: Final = ("etje", "tje", "pje", "je")

# An abbreviation is at least this long ("anniv", "reqs" is "req" and a plural "s"); shorter starts fit too much.
_ABBREVIATION_MIN: Final = 3


@lru_cache(maxsize=4096)
def abbreviated_keyword(word: str) -> str | None:
    """The word of ours that ``word`` abbreviates: "anniv" -> "anniversary", "reqs" -> "requirements",
    "reqts" -> "requirements". ``word`` (or it without a plural "s"), or its letters in order with the first
    two kept ("reqts"), starts or spells out keywords that all mean the same: the first of them, shortest
    first. No real word is asked about (the caller checks), so "cost" or "date" never becomes anything else."""
    stems = [word] + ([word[:-1]] if word.endswith("s") else [])
    for stem in stems:
        if len(stem) < _ABBREVIATION_MIN:
            continue
        start = bisect.bisect_left(_TARGETS, stem)
        found = []
        for w in _TARGETS[start:]:
            if not w.startswith(stem):
                break
            if len(w) > len(stem) + 1:
                found.append(w)
        if not found and len(stem) >= _ABBREVIATION_MIN + 1:
            found = [
                w for w in _BY_FIRST_TWO.get(stem[:2], ()) if len(w) > len(stem) + 1 and _in_order(stem, w)
            ]
        if found and len({WORD_CONCEPTS[w] for w in found}) == 1:
            return min(found, key=len)
    return None


_BY_FIRST_TWO: Final[dict[str, tuple[str, ...]]] = {
    two: tuple(w for w in _TARGETS if w[:2] == two) for two in {w[:2] for w in _TARGETS}
}


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` appear in ``word`` in that order ("reqts" in "requirements")."""
    rest = iter(word)
    return all(ch in rest for ch in letters)
