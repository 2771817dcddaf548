"""More development messages for the DM reader (issue 14), written for each class of miss the blind
measure found: offer references (nicknames, short forms, a level alone, stems), Dutch grammar and chat
Dutch (modal passives, abbreviations, Flemish), precedence, the language of short Dutch with English
product words, dates and ranges inside questions, the new questions (fees, requirements, history, admins,
reminders) and changes typed as messages. Typos, capitals, emoji and mentions are mixed in.

These are development data: tune the reader on them freely. The blind set is never read to write them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.language.i18n import Lang
from bot.language.reader import Intent

# A workspace like the ones partner admins have: competencies at a level and two advanced specializations.
WIDE: tuple[str, ...] = (
    "Cloud Platform",
    "Gold Cloud Business Applications",
    "Kubernetes on Azure",
    "Data Analytics",
    "Security",
    "Windows Server and SQL Server Migration to Microsoft Azure",
    "Silver Application Development",
)
CP, CBA, K8S, DA, SEC, WSM, APPDEV = WIDE
In = Intent


@dataclass(frozen=True)
class Dev:
    text: str
    intent: Intent
    offer: str | None
    lang: Lang | None


# fmt: off
DEV_EN: list[Dev] = [
    # offer references
    Dev("when is the container one due?", In.DUE_DATE, K8S, "en"),
    Dev("when do we need to renew dyn365 apps", In.DUE_DATE, CBA, "en"),
    Dev("is the gold one still ok?", In.LOSS_DATE, CBA, "en"),
    Dev("when does the silver one expire", In.LOSS_DATE, APPDEV, "en"),
    Dev("when's app dev due", In.DUE_DATE, APPDEV, "en"),
    Dev("how many days left on the dev competency?", In.GRACE, APPDEV, "en"),
    Dev("when do we lose the k8s specialisation", In.LOSS_DATE, K8S, "en"),
    Dev("the sql migration one, when is it up for renewal?", In.DUE_DATE, WSM, "en"),
    Dev("CRM renewal date??", In.DUE_DATE, CBA, "en"),
    Dev("when does our analytics stuff run out", In.LOSS_DATE, DA, "en"),
    Dev("sec - when is it due :eyes:", In.DUE_DATE, SEC, "en"),
    # precedence
    Dev("when is security due? I really don't want to miss it", In.DUE_DATE, SEC, "en"),
    Dev("what do we lose if we don't renew cloud platform", In.CONSEQUENCES, CP, "en"),
    Dev("thanks, that helped a lot!", In.THANKS, None, "en"),
    Dev("cheers, very helpful :raised_hands:", In.THANKS, None, "en"),
    # dates and ranges
    Dev("are we still covered on the 12th of next month?", In.LOSS_DATE, None, "en"),
    Dev("what runs out before the end of the year?", In.LOSS_DATE, None, "en"),
    Dev("what expires in May?", In.LOSS_DATE, None, "en"),
    Dev("will we still have benefits for security on 1 june 2021?", In.LOSS_DATE, SEC, "en"),
    Dev("anything expiring this quarter", In.LOSS_DATE, None, "en"),
    Dev("what is due in Q3?", In.DUE_DATE, None, "en"),
    Dev("which renewals are due in the next 90 days", In.DUE_DATE, None, "en"),
    Dev("status as of 2021-05-01", In.STATUS, None, "en"),
    # fees
    Dev("how much does it cost to renew security?", In.FEES, SEC, "en"),
    Dev("do we have to pay a fee for the renewal", In.FEES, None, "en"),
    Dev("whats the price of renewing gold cloud business apps", In.FEES, CBA, "en"),
    Dev("IS THERE A FEE?", In.FEES, None, "en"),
    # requirements
    Dev("what are the requirements for the kubernetes specialization?", In.REQUIREMENTS, K8S, "en"),
    Dev("what does it take to keep gold in data analytics", In.REQUIREMENTS, DA, "en"),
    Dev("which exams do we need for security", In.REQUIREMENTS, SEC, "en"),
    Dev("do we still meet the criteria for cloud platform?", In.REQUIREMENTS, CP, "en"),
    # history
    Dev("did we renew cloud platform already?", In.HISTORY, CP, "en"),
    Dev("who renewed security last time", In.HISTORY, SEC, "en"),
    Dev("when did we last renew data analytics?", In.HISTORY, DA, "en"),
    Dev("has kubernetes been renewed yet?", In.HISTORY, K8S, "en"),
    Dev("renewal history for cloud platform", In.HISTORY, CP, "en"),
    # admins
    Dev("who are the admins?", In.ADMINS, None, "en"),
    Dev("who is in charge of our MPN renewals", In.ADMINS, None, "en"),
    Dev("who can change the dates in here", In.ADMINS, None, "en"),
    Dev("am I an admin?", In.ADMINS, None, "en"),
    # reminders
    Dev("when is the next reminder?", In.NEXT_REMINDER, None, "en"),
    Dev("when will you remind us about security", In.NEXT_REMINDER, SEC, "en"),
    Dev("which channel do the reminders go to?", In.NEXT_REMINDER, None, "en"),
    Dev("please stop sending me reminders", In.STOP_REMINDERS, None, "en"),
    Dev("can you move the reminders to another channel", In.STOP_REMINDERS, None, "en"),
    Dev("mute the notifications pls", In.STOP_REMINDERS, None, "en"),
    Dev("how do I turn off these reminders", In.STOP_REMINDERS, None, "en"),
    # changes typed as messages
    Dev("we renewed cloud platform yesterday", In.RECORD_RENEWAL, CP, "en"),
    Dev("Just renewed Security in Partner Center :tada:", In.RECORD_RENEWAL, SEC, "en"),
    Dev("kubernetes was renewed on 2021-03-18", In.RECORD_RENEWAL, K8S, "en"),
    Dev("mark data analytics as renewed", In.RECORD_RENEWAL, DA, "en"),
    Dev("add Security, anniversary 1 May", In.ADD_OFFER, SEC, "en"),
    Dev("please track our new competency data analytics, anniversary 2021-06-01", In.ADD_OFFER, DA, "en"),
    Dev("we just earned gold in security!", In.ADD_OFFER, SEC, "en"),
    Dev("change cloud platform's anniversary to 1 March", In.CHANGE_ANNIVERSARY, CP, "en"),
    Dev("the anniversary of kubernetes is wrong, it should be 2021-04-15", In.CHANGE_ANNIVERSARY, K8S, "en"),
    Dev("can you fix the date for security", In.CHANGE_ANNIVERSARY, SEC, "en"),
    # questions nothing covers: never a confident answer
    Dev("what benefits do we get with gold?", In.UNKNOWN, CBA, "en"),
    Dev("when does the security webinar start", In.UNKNOWN, SEC, "en"),
    Dev("can you book a meeting with our partner manager", In.UNKNOWN, None, "en"),
    Dev("what is our MPN ID", In.UNKNOWN, None, "en"),
    Dev("tell me a joke", In.UNKNOWN, None, "en"),
    Dev("how many azure credits do we get", In.UNKNOWN, None, "en"),
    Dev("what's the difference between gold and silver", In.UNKNOWN, None, "en"),
]

DEV_NL: list[Dev] = [
    # offer references
    Dev("wanneer moet de container specialisatie verlengd worden?", In.DUE_DATE, K8S, "nl"),
    Dev("wnr vervalt de gouden?", In.LOSS_DATE, CBA, "nl"),
    Dev("wanneer is app dev aan de beurt", In.DUE_DATE, APPDEV, "nl"),
    Dev("hoeveel dagen hebben we nog voor de beveiliging competentie", In.GRACE, SEC, "nl"),
    Dev("wanneer verloopt onze data-analyse?", In.LOSS_DATE, DA, "nl"),
    Dev("en de migratie specialisatie?", In.DUE_DATE, WSM, "nl"),
    Dev("wanneer moeten we dynamics verlengen", In.DUE_DATE, CBA, "nl"),
    # Dutch grammar: modal passives, chat Dutch, Flemish
    Dev("wanneer moet het vernieuwd zijn?", In.DUE_DATE, None, "nl"),
    Dev("wanneer moet cloud platform verlengd worden", In.DUE_DATE, CP, "nl"),
    Dev("tegen wanneer moet security vernieuwd zijn", In.DUE_DATE, SEC, "nl"),
    Dev("wnr moet k8s verlengd", In.DUE_DATE, K8S, "nl"),
    Dev("hvl dagen nog voor security?", In.GRACE, SEC, "nl"),
    Dev("hoeveel dagen hebde nog voor cloud platform?", In.GRACE, CP, "nl"),
    Dev("zijn we nog op tijd om security te verlengen?", In.GRACE, SEC, "nl"),
    Dev("kunde gij zeggen wanneer data analytics vervalt", In.LOSS_DATE, DA, "nl"),
    Dev("goeiemiddag, wanneer is de deadline van kubernetes?", In.DUE_DATE, K8S, "nl"),
    # language: short Dutch with English product words
    Dev("wanneer is de renewal van security?", In.DUE_DATE, SEC, "nl"),
    Dev("wat is de deadline voor CBA", In.DUE_DATE, CBA, "nl"),
    Dev("status van de competencies aub", In.STATUS, None, "nl"),
    Dev("hebben we nog benefits voor cloud platform", In.LOSS_DATE, CP, "nl"),
    Dev("renewal cloud platform wanneer?", In.DUE_DATE, CP, "nl"),
    Dev("security renewal due date nog?", In.DUE_DATE, SEC, "nl"),
    Dev("k8s renewal datum?", In.DUE_DATE, K8S, "nl"),
    Dev("wanneer expired de gold competency", In.LOSS_DATE, CBA, "nl"),
    Dev("is de security renewal al gedaan", In.HISTORY, SEC, "nl"),
    # precedence
    Dev("wanneer moet security verlengd worden? wil het niet missen", In.DUE_DATE, SEC, "nl"),
    Dev("wat verliezen we als we data analytics niet verlengen", In.CONSEQUENCES, DA, "nl"),
    Dev("top, dat heeft geholpen!", In.THANKS, None, "nl"),
    # dates and ranges
    Dev("stand per 1 september?", In.STATUS, None, "nl"),
    Dev("welke verlopen er na de zomer?", In.LOSS_DATE, None, "nl"),
    Dev("zijn we op 1 juni nog gedekt voor security?", In.LOSS_DATE, SEC, "nl"),
    Dev("wat verloopt er eind mei", In.LOSS_DATE, None, "nl"),
    Dev("wat moet er over twee weken verlengd worden?", In.DUE_DATE, None, "nl"),
    Dev("welke competenties vervallen dit kwartaal", In.LOSS_DATE, None, "nl"),
    # fees
    Dev("wat kost het verlengen van security?", In.FEES, SEC, "nl"),
    Dev("moeten we betalen voor de verlenging", In.FEES, None, "nl"),
    Dev("zijn er kosten aan verbonden?", In.FEES, None, "nl"),
    # requirements
    Dev("wat zijn de eisen voor de kubernetes specialisatie", In.REQUIREMENTS, K8S, "nl"),
    Dev("welke examens hebben we nodig voor security?", In.REQUIREMENTS, SEC, "nl"),
    Dev("wat zijn de voorwaarden om gold te houden", In.REQUIREMENTS, CBA, "nl"),
    # history
    Dev("hebben we cloud platform al verlengd?", In.HISTORY, CP, "nl"),
    Dev("wie heeft security verlengd?", In.HISTORY, SEC, "nl"),
    Dev("wanneer hebben we data analytics voor het laatst verlengd", In.HISTORY, DA, "nl"),
    Dev("is kubernetes al vernieuwd?", In.HISTORY, K8S, "nl"),
    # admins
    Dev("wie zijn de beheerders?", In.ADMINS, None, "nl"),
    Dev("wie is er verantwoordelijk voor de verlengingen", In.ADMINS, None, "nl"),
    Dev("ben ik beheerder?", In.ADMINS, None, "nl"),
    # reminders
    Dev("wanneer komt de volgende herinnering?", In.NEXT_REMINDER, None, "nl"),
    Dev("in welk kanaal komen de herinneringen", In.NEXT_REMINDER, None, "nl"),
    Dev("kun je de herinneringen uitzetten", In.STOP_REMINDERS, None, "nl"),
    Dev("ik wil geen meldingen meer", In.STOP_REMINDERS, None, "nl"),
    Dev("stuur de herinneringen naar een ander kanaal", In.STOP_REMINDERS, None, "nl"),
    # changes typed as messages
    Dev("we hebben cloud platform gisteren verlengd", In.RECORD_RENEWAL, CP, "nl"),
    Dev("security is verlengd :white_check_mark:", In.RECORD_RENEWAL, SEC, "nl"),
    Dev("ik heb kubernetes op 18 maart vernieuwd", In.RECORD_RENEWAL, K8S, "nl"),
    Dev("voeg security toe, jubileum 1 mei", In.ADD_OFFER, SEC, "nl"),
    Dev("we hebben gold behaald voor data analytics", In.ADD_OFFER, DA, "nl"),
    Dev("wijzig de jubileumdatum van cloud platform naar 1 maart", In.CHANGE_ANNIVERSARY, CP, "nl"),
    Dev("de datum van kubernetes klopt niet", In.CHANGE_ANNIVERSARY, K8S, "nl"),
    # questions nothing covers
    Dev("welke voordelen krijgen we met gold?", In.UNKNOWN, CBA, "nl"),
    Dev("kun je een vergadering plannen met onze partner manager", In.UNKNOWN, None, "nl"),
    Dev("wat is ons MPN ID", In.UNKNOWN, None, "nl"),
    Dev("vertel eens een mop", In.UNKNOWN, None, "nl"),
    Dev("wat is het verschil tussen goud en zilver", In.UNKNOWN, None, "nl"),
    Dev("wanneer begint de security training?", In.UNKNOWN, SEC, "nl"),
]

# A second round, written after the first passed, to check the rules generalise before tuning them.
DEV_MORE: list[Dev] = [
    Dev("<@U024BE7LH> hey, what's the fee for renewing?", In.FEES, None, "en"),
    Dev("Does renewing Kubernetes cost money", In.FEES, K8S, "en"),
    Dev("is er een vergoeding voor de verlenging van cloud platform", In.FEES, CP, "nl"),
    Dev("hoeveel moeten we betalen?", In.FEES, None, "nl"),
    Dev("what do we need for the security competency", In.REQUIREMENTS, SEC, "en"),
    Dev("what are the prerequisites for windows server migration", In.REQUIREMENTS, WSM, "en"),
    Dev("aan welke eisen moet app dev voldoen", In.REQUIREMENTS, APPDEV, "nl"),
    Dev("wat hebben we nodig voor de kubernetes specialisatie?", In.REQUIREMENTS, K8S, "nl"),
    Dev("who renewed the data analytics competency", In.HISTORY, DA, "en"),
    Dev("have we renewed security this year?", In.HISTORY, SEC, "en"),
    Dev("was cloud platform renewed?", In.HISTORY, CP, "en"),
    Dev("wanneer is security voor het laatst vernieuwd?", In.HISTORY, SEC, "nl"),
    Dev("heeft iemand kubernetes al verlengd", In.HISTORY, K8S, "nl"),
    Dev("who's the mpn admin here", In.ADMINS, None, "en"),
    Dev("who manages the competencies?", In.ADMINS, None, "en"),
    Dev("wie is de partner admin", In.ADMINS, None, "nl"),
    Dev("wie mag de jubileumdatum aanpassen?", In.ADMINS, None, "nl"),
    Dev("when do you send the next ping?", In.NEXT_REMINDER, None, "en"),
    Dev("will I get a reminder for cloud platform?", In.NEXT_REMINDER, CP, "en"),
    Dev("krijg ik nog een herinnering voor security", In.NEXT_REMINDER, SEC, "nl"),
    Dev("wanneer stuur je het volgende bericht?", In.NEXT_REMINDER, None, "nl"),
    Dev("STOP", In.STOP_REMINDERS, None, None),
    Dev("too many messages, can you stop", In.STOP_REMINDERS, None, "en"),
    Dev("kunnen de meldingen naar #mpn-renewals?", In.STOP_REMINDERS, None, "nl"),
    Dev("herinneringen pauzeren aub", In.STOP_REMINDERS, None, "nl"),
    Dev("we've renewed data analytics today", In.RECORD_RENEWAL, DA, "en"),
    Dev("FYI security got renewed last tuesday", In.RECORD_RENEWAL, SEC, "en"),
    Dev("cloud platform renewal is done", In.RECORD_RENEWAL, CP, "en"),
    Dev("kubernetes is gisteren verlengd", In.RECORD_RENEWAL, K8S, "nl"),
    Dev("de verlenging van security is afgerond", In.RECORD_RENEWAL, SEC, "nl"),
    Dev("can you add data analytics with anniversary 15 june", In.ADD_OFFER, DA, "en"),
    Dev("new competency: security, anniversary 2021-09-01", In.ADD_OFFER, SEC, "en"),
    Dev("security toevoegen met jubileum 1 september", In.ADD_OFFER, SEC, "nl"),
    Dev("we hebben de kubernetes specialisatie gehaald!", In.ADD_OFFER, K8S, "nl"),
    Dev("update the security anniversary to 2021-05-01", In.CHANGE_ANNIVERSARY, SEC, "en"),
    Dev("cloud platform's date is incorrect", In.CHANGE_ANNIVERSARY, CP, "en"),
    Dev("pas de datum van data analytics aan naar 3 april", In.CHANGE_ANNIVERSARY, DA, "nl"),
    Dev("de jubileumdatum van security is fout", In.CHANGE_ANNIVERSARY, SEC, "nl"),
    Dev("WHEN DOES GOLD CLOUD BUSINESS APPS EXPIRE", In.LOSS_DATE, CBA, "en"),
    Dev("wen is kubernets due", In.DUE_DATE, K8S, "en"),
    Dev("anniversary of the migration spec?", In.DUE_DATE, WSM, "en"),
    Dev("are we still gold in cloud business applications?", In.LOSS_DATE, CBA, "en"),
    Dev("is cloud platform still active after 10 april?", In.LOSS_DATE, CP, "en"),
    Dev("which offers expire next month", In.LOSS_DATE, None, "en"),
    Dev("wat vervalt er in april?", In.LOSS_DATE, None, "nl"),
    Dev("wanneer vervalt onze k8s spec", In.LOSS_DATE, K8S, "nl"),
    Dev("hoe staan we er per 1 juli voor?", In.STATUS, None, "nl"),
    Dev("wat gebeurt er als security verloopt", In.CONSEQUENCES, SEC, "nl"),
    Dev("do we get the covid extension for the container one?", In.EXTENSION, K8S, "en"),
    Dev("geldt het uitstel ook voor app dev?", In.EXTENSION, APPDEV, "nl"),
    Dev("where in partner center do i renew the dev competency", In.HOW_TO_RENEW, APPDEV, "en"),
    Dev("hoe verlengen we de beveiliging specialisatie?", In.HOW_TO_RENEW, SEC, "nl"),
    Dev("thx a lot :pray:", In.THANKS, None, "en"),
    Dev("merci!", In.THANKS, None, "nl"),  # Flemish: two dev rounds written by others read it as Dutch
    Dev("hoi bot :wave:", In.GREETING, None, "nl"),
    Dev("what can i ask you", In.HELP, None, "en"),
    Dev("who is our partner development manager at microsoft?", In.UNKNOWN, None, "en"),
    Dev("can I transfer the security competency to another company", In.UNKNOWN, SEC, "en"),
    Dev("what happened to MPN after 2022?", In.UNKNOWN, None, "en"),
    Dev("how do I log in to partner center", In.UNKNOWN, None, "en"),
    Dev("where can I download our certificate for security", In.UNKNOWN, SEC, "en"),
    Dev("what's the weather in utrecht", In.UNKNOWN, None, "en"),
    Dev("hoeveel licenties krijgen we bij gold?", In.UNKNOWN, CBA, "nl"),
    Dev("kun je de lijst naar excel exporteren", In.UNKNOWN, None, "nl"),
    Dev("wie is onze contactpersoon bij microsoft?", In.UNKNOWN, None, "nl"),
    Dev("hoe log ik in op partner center", In.UNKNOWN, None, "nl"),
    Dev("wat is een solutions partner designation", In.UNKNOWN, None, "nl"),
]

# A third round, written to measure before tuning: 40 of 46 were read right at first (87%); the six misses
# (a phrase that hid "still", "should be <date>" as a correction, "remind me to ...", "stand for", an
# invoice request, "ownership") were fixed by general means and the messages kept here.
DEV_THIRD: list[Dev] = [
    Dev("Hello! Hope you're doing well. I was wondering if you could tell me when our Security competency needs to be renewed, as our finance department would like to plan ahead. Thanks!", In.DUE_DATE, SEC, "en"),
    Dev("Goedemiddag, ik vroeg me af of je me kunt vertellen wanneer onze Cloud Platform competentie verlengd moet worden. Alvast bedankt!", In.DUE_DATE, CP, "nl"),
    Dev("Could you let me know until when we can still renew Data Analytics?", In.GRACE, DA, "en"),
    Dev("Kun je me laten weten tot wanneer we Kubernetes nog kunnen verlengen?", In.GRACE, K8S, "nl"),
    Dev("WHAT HAPPENS IF WE MISS THE SECURITY RENEWAL", In.CONSEQUENCES, SEC, "en"),
    Dev("<@U0BOT> status", In.STATUS, None, None),
    Dev("<@U0BOT> hoe staan we ervoor met de competenties?", In.STATUS, None, "nl"),
    Dev("hey :wave: is our CBA still valid?", In.LOSS_DATE, CBA, "en"),
    Dev("are we still in the renewal window for app dev?", In.GRACE, APPDEV, "en"),
    Dev("zitten we nog in de verlengingsperiode voor de migratie specialisatie?", In.GRACE, WSM, "nl"),
    Dev("how do i renew the windows server migration specialization?", In.HOW_TO_RENEW, WSM, "en"),
    Dev("where do I click to renew security", In.HOW_TO_RENEW, SEC, "en"),
    Dev("do we qualify for the covid extension on security?", In.EXTENSION, SEC, "en"),
    Dev("what exams are needed for app dev?", In.REQUIREMENTS, APPDEV, "en"),
    Dev("who did the last renewal of cloud platform?", In.HISTORY, CP, "en"),
    Dev("wie heeft de laatste verlenging van security gedaan?", In.HISTORY, SEC, "nl"),
    Dev("is there someone who can renew in partner center for us? who are the admins", In.ADMINS, None, "en"),
    Dev("do I get a reminder before kubernetes expires?", In.NEXT_REMINDER, K8S, "en"),
    Dev("krijgen we een melding voordat security verloopt?", In.NEXT_REMINDER, SEC, "nl"),
    Dev("the reminders should go to the #partners channel from now on", In.STOP_REMINDERS, None, "en"),
    Dev("kunnen de herinneringen voortaan naar een ander kanaal?", In.STOP_REMINDERS, None, "nl"),
    Dev("unsubscribe", In.STOP_REMINDERS, None, "en"),
    Dev("we renewed the gold one this morning", In.RECORD_RENEWAL, CBA, "en"),
    Dev("de zilveren is vanochtend verlengd", In.RECORD_RENEWAL, APPDEV, "nl"),
    Dev("please add Data Analytics with anniversary 2021-07-01", In.ADD_OFFER, DA, "en"),
    Dev("voeg de specialisatie Kubernetes on Azure toe met jubileumdatum 1 juli", In.ADD_OFFER, K8S, "nl"),
    Dev("security's anniversary should be 1 may, not 15 sept", In.CHANGE_ANNIVERSARY, SEC, "en"),
    Dev("kun je de jubileumdatum van cloud platform wijzigen naar 5 maart?", In.CHANGE_ANNIVERSARY, CP, "nl"),
    Dev("how much is the fee for gold?", In.FEES, CBA, "en"),
    Dev("wat zijn de kosten van een specialisatie?", In.FEES, None, "nl"),
    # uncovered
    Dev("can you remind me to call the customer tomorrow", In.UNKNOWN, None, "en"),
    Dev("what is the capital of france", In.UNKNOWN, None, "en"),
    Dev("how many partners have the gold cloud platform competency worldwide?", In.UNKNOWN, CP, "en"),
    Dev("can I delete my account", In.UNKNOWN, None, "en"),
    Dev("who won the match yesterday", In.UNKNOWN, None, "en"),
    Dev("what does MPN stand for", In.UNKNOWN, None, "en"),
    Dev("please order pizza for the team", In.UNKNOWN, None, "en"),
    Dev("wat is het wachtwoord van de wifi", In.UNKNOWN, None, "nl"),
    Dev("hoeveel medewerkers hebben we?", In.UNKNOWN, None, "nl"),
    Dev("kun je een factuur sturen naar de klant", In.UNKNOWN, None, "nl"),
    Dev("wanneer is de volgende teamvergadering?", In.UNKNOWN, None, "nl"),
    Dev("wie is er vandaag jarig?", In.UNKNOWN, None, "nl"),
    Dev("how do I transfer ownership of the Partner Center account to a colleague", In.UNKNOWN, None, "en"),
    Dev("when does microsoft inspire start this year?", In.UNKNOWN, None, "en"),
    Dev("what's our partner ID again?", In.UNKNOWN, None, "en"),
    Dev("can you translate this email to dutch", In.UNKNOWN, None, "en"),
]

# A fourth round against cue words in questions about something else ("the status of my support ticket",
# "extend the meeting"): 12 of 23 right at first (52%); fixed by one general guard (a weak cue counts only in
# a message about renewals or with at most one unknown word) and weak/strong word classes. Two misses are
# left out on purpose and noted in the hand-back: "wat is de status van mijn supportticket?" (one unknown
# compound) and "hoeveel kost een azure vm?" (a price question naming an offer word).
DEV_FOURTH: list[Dev] = [
    Dev("what's the status of my support ticket with microsoft?", In.UNKNOWN, None, "en"),
    Dev("can you extend the meeting by 30 minutes", In.UNKNOWN, None, "en"),
    Dev("who is the owner of our azure tenant", In.UNKNOWN, None, "en"),
    Dev("who can help me with billing questions", In.HELP, None, "en"),
    Dev("how do I turn on email notifications in partner center", In.UNKNOWN, None, "en"),
    Dev("add a meeting tomorrow at 10", In.UNKNOWN, None, "en"),
    Dev("is it too late to register for the partner event?", In.UNKNOWN, None, "en"),
    Dev("what's the deadline for the partner of the year awards?", In.UNKNOWN, None, "en"),
    Dev("can I move the team lunch date", In.UNKNOWN, None, "en"),
    Dev("how do I book an exam", In.UNKNOWN, None, "en"),
    Dev("did we miss the renewal deadline for security?", In.CONSEQUENCES, SEC, "en"),
    Dev("I would like to know whether cloud platform has been renewed", In.HISTORY, CP, "en"),
    Dev("ik ben benieuwd of security al verlengd is", In.HISTORY, SEC, "nl"),
    Dev("fyi security is verlengd", In.RECORD_RENEWAL, SEC, "nl"),
    Dev("overzicht pls", In.STATUS, None, "nl"),
    Dev("btw wanneer moet cba verlengd worden?", In.DUE_DATE, CBA, "nl"),
    Dev("kun je de vergadering verplaatsen naar morgen", In.UNKNOWN, None, "nl"),
    Dev("wie is de eigenaar van de azure subscription", In.UNKNOWN, None, "nl"),
    Dev("wanneer is de deadline voor de partner awards?", In.UNKNOWN, None, "nl"),
    Dev("who is responsible for the renewals?", In.ADMINS, None, "en"),
    Dev("wie is verantwoordelijk voor de competenties?", In.ADMINS, None, "nl"),
]

# A fifth round: typos in the new questions' words, Flemish, formal letters, all caps: 23 of 28 right at
# first (82%); fixed: "nog in orde", Dutch compounds ending in "geschiedenis", "we did the renewal",
# "wijzig X naar <date>".
DEV_FIFTH: list[Dev] = [
    Dev("wat zijn de kostn voor verlenging?", In.FEES, None, "nl"),
    Dev("how much does renewel cost", In.FEES, None, "en"),
    Dev("waht are the requirments for data analytics", In.REQUIREMENTS, DA, "en"),
    Dev("wie zijn de beheeders", In.ADMINS, None, "nl"),
    Dev("who are teh admins", In.ADMINS, None, "en"),
    Dev("wanneer komt de volgende herinering", In.NEXT_REMINDER, None, "nl"),
    Dev("when is the nxt reminder?", In.NEXT_REMINDER, None, "en"),
    Dev("stop de herinneringen", In.STOP_REMINDERS, None, "nl"),
    Dev("we renwed security yesterday", In.RECORD_RENEWAL, SEC, "en"),
    Dev("allee, wanneer moeten we da security ding verlengen?", In.DUE_DATE, SEC, "nl"),
    Dev("hebde gij al iets gehoord over de verlenging van cloud platform? wanneer is da?", In.DUE_DATE, CP, "nl"),
    Dev("zijn we nog in orde voor kubernetes?", In.LOSS_DATE, K8S, "nl"),
    Dev("Good afternoon team, would it be possible for you to let me know on which date the Cloud Platform anniversary falls this year? Many thanks in advance.", In.DUE_DATE, CP, "en"),
    Dev("Beste, zou u mij kunnen laten weten wanneer de voordelen van onze Data Analytics competentie vervallen? Met vriendelijke groet", In.LOSS_DATE, DA, "nl"),
    Dev("WANNEER VERVALT SECURITY", In.LOSS_DATE, SEC, "nl"),
    Dev("renewal history pls", In.HISTORY, None, "en"),
    Dev("verlengingsgeschiedenis van security", In.HISTORY, SEC, "nl"),
    Dev("do we pay extra when renewing late?", In.FEES, None, "en"),
    Dev("zit er nog een herinnering aan te komen voor cba?", In.NEXT_REMINDER, CBA, "nl"),
    Dev("can you stop pinging me about security", In.STOP_REMINDERS, SEC, "en"),
    Dev("we did the renewal of data analytics this morning", In.RECORD_RENEWAL, DA, "en"),
    Dev("ik heb net de kubernetes verlenging gedaan", In.RECORD_RENEWAL, K8S, "nl"),
    Dev("wijzig security naar 1 oktober", In.CHANGE_ANNIVERSARY, SEC, "nl"),
    Dev("what's the weather like in amsterdam next friday?", In.UNKNOWN, None, "en"),
    Dev("hoe laat is het?", In.UNKNOWN, None, "nl"),
    Dev("can you write a poem about azure", In.UNKNOWN, None, "en"),
    Dev("wat vind jij van kubernetes?", In.UNKNOWN, K8S, "nl"),
    Dev("is security better than data analytics?", In.UNKNOWN, None, "en"),
]
# fmt: on

DEV: list[Dev] = DEV_EN + DEV_NL + DEV_MORE + DEV_THIRD + DEV_FOURTH + DEV_FIFTH
