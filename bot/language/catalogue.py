"""Everything mpn-bot says to people, in English and Dutch.

How to add a message:

- One key per sentence the bot says, named ``area.what`` (``date.invalid``, ``error.generic``), kept in
  alphabetical order so that merges from parallel work stay small (a test checks the order).
- Every key has ``"en"`` and ``"nl"``, both non-empty, with the same ``{placeholders}``: a test fails
  otherwise, so a missing translation is found by CI, never by a user.
- Templates are ``str.format`` strings rendered by ``bot.language.i18n.t``; write ``{{`` / ``}}`` for a literal
  brace. Placeholders hold values already formatted for the language (dates in words via
  ``bot.language.i18n.format_day``); user text must be escaped before it reaches a ``mrkdwn`` field
  (``bot.language.i18n.t_mrkdwn`` does that).
- Dutch is informal-professional, as Dutch SaaS products write: "je"/"jouw", never "u"/"uw" (a test
  checks this). Write what a Dutch colleague would say, not a word-for-word translation.
- Dates the user should type are shown as ISO, ``YYYY-MM-DD`` / ``JJJJ-MM-DD``: the only form that is
  never ambiguous.

Dutch words, chosen once and used everywhere (``tests/language/test_dutch.py`` checks them):

- An *offer* (a competency or an advanced specialization, the seed's "MPN offers") is an **aanbieding**
  (plural *aanbiedingen*, "de aanbieding", "die aanbieding"). It is the word Microsoft's own Dutch uses:
  the seed's Dutch title is "Uw MPN-aanbiedingen vernieuwen" and Partner Center's menu, which the bot sends
  people to, is *Lidmaatschapsaanbiedingen*; so what the bot says matches the screen the admin acts on.
  "Competentie" would be wrong for an advanced specialization, and the English "offer" is not Dutch. Never
  "offer" in a Dutch text.
- A *renewal* is a **verlenging** (*verlengen*, *verlengingsperiode* for the renewal window), and only that.
  The seed's Dutch mixes in "vernieuwen"; the bot does not (``/mpn vernieuwen`` is still understood).
- The *COVID-19 extension* is the **COVID-19-uitstel** ("het uitstel"), as the Dutch subcommand
  ``/mpn uitstel`` says: it postpones the requirements to the next renewal date. Never "verlenging" (that
  is a renewal) nor the seed's machine-translated "extensie" / "uitbreiding".
- Commands in a Dutch text use the Dutch subcommand words of ``bot.slash.registry`` (``/mpn overzicht``,
  ``/mpn toevoegen``, ``/mpn verlengen``, ``/mpn uitstel``, ``/mpn beheerders toevoegen @naam`` …);
  English texts use the English ones. Both are always understood.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "add.already_lapsed": {
        "en": ":warning: Its renewal window closed on {deadline}. If it was renewed since, this is an old anniversary: correct it with `/mpn fix <name> <anniversary>` to the one Partner Center shows now.",
        "nl": ":warning: De verlengingsperiode is op {deadline} gesloten. Is er sindsdien verlengd, dan is dit een oude jubileumdatum: corrigeer hem met `/mpn corrigeer <naam> <jubileumdatum>` naar de datum die Partner Center nu toont.",
    },
    "add.done": {
        "en": ":white_check_mark: Added *{name}* ({kind}). I'll remind the channel 15 days before its anniversary and 23 days after it if it isn't renewed.",
        "nl": ":white_check_mark: *{name}* ({kind}) is toegevoegd. Ik herinner het kanaal 15 dagen voor de jubileumdatum, en 23 dagen erna als er nog niet verlengd is.",
    },
    "add.done_lapsed": {
        "en": ":white_check_mark: Added *{name}* ({kind}). Its renewal window has closed, so there is nothing to remind the channel about.",
        "nl": ":white_check_mark: *{name}* ({kind}) is toegevoegd. De verlengingsperiode is al gesloten, dus er valt niets te herinneren.",
    },
    "add.usage": {
        "en": "To add an offer, give its name and anniversary date: `/mpn add competency Cloud Platform 2021-03-10` or `/mpn add advanced specialization Kubernetes on Azure 2021-05-01`.",
        "nl": "Geef de naam en de jubileumdatum om een aanbieding toe te voegen: `/mpn toevoegen competentie Cloud Platform 2021-03-10` of `/mpn toevoegen specialisatie Kubernetes on Azure 2021-05-01`.",
    },
    "admins.added": {
        "en": ":white_check_mark: {users} can now add, renew and remove offers and change settings (MPN partner admin).",
        "nl": ":white_check_mark: {users} kan nu aanbiedingen toevoegen, verlengen en verwijderen en instellingen wijzigen (MPN-partnerbeheerder).",
    },
    "admins.how_to_grant": {
        "en": "Add or remove one with `/mpn admins add @name` or `/mpn admins remove @name`.",
        "nl": "Iemand toevoegen of verwijderen: `/mpn beheerders toevoegen @naam` of `/mpn beheerders verwijderen @naam`.",
    },
    "admins.last": {
        "en": "{admins} is the last MPN partner admin here, so I can't remove them: nobody could change records any more, and reminders sent by DM would reach nobody. Add another MPN partner admin first (`/mpn admins add @name`).",
        "nl": "{admins} is de laatste MPN-partnerbeheerder hier, dus die kan ik niet verwijderen: niemand kan dan nog iets wijzigen en herinneringen per DM komen bij niemand aan. Voeg eerst een andere MPN-partnerbeheerder toe (`/mpn beheerders toevoegen @naam`).",
    },
    "admins.list": {
        "en": "MPN partner admins in this workspace: {admins}",
        "nl": "MPN-partnerbeheerders in deze workspace: {admins}",
    },
    "admins.no_bots": {
        "en": "<@{user}> is a bot; only people can be MPN partner admins.",
        "nl": "<@{user}> is een bot; alleen mensen kunnen MPN-partnerbeheerder zijn.",
    },
    "admins.none": {
        "en": "nobody yet",
        "nl": "nog niemand",
    },
    "admins.removed": {
        "en": ":white_check_mark: {users} is no longer an MPN partner admin here.",
        "nl": ":white_check_mark: {users} is hier geen MPN-partnerbeheerder meer.",
    },
    "admins.unknown_user": {
        "en": "Slack does not know <@{user}> in this workspace, so nobody was added. Mention a person of this workspace: `/mpn admins add @name`.",
        "nl": "Slack kent <@{user}> niet in deze workspace, dus er is niemand toegevoegd. Noem iemand uit deze workspace: `/mpn beheerders toevoegen @naam`.",
    },
    "admins.usage": {
        "en": "Mention the people: `/mpn admins add @name` or `/mpn admins remove @name`. `/mpn admins` lists them.",
        "nl": "Noem de mensen met een @: `/mpn beheerders toevoegen @naam` of `/mpn beheerders verwijderen @naam`. `/mpn beheerders` toont de lijst.",
    },
    "alias.added": {
        "en": "“{alias}” now means *{name}* when you ask me in a DM.",
        "nl": "“{alias}” betekent nu *{name}* als je me iets vraagt in een DM.",
    },
    "alias.list": {
        "en": "Your own names for your offers:",
        "nl": "Jullie eigen namen voor de aanbiedingen:",
    },
    "alias.none": {
        "en": "No aliases yet. Add one with `/mpn alias <name> <alias>`, for example `/mpn alias Kubernetes on Azure k8s`.",
        "nl": "Nog geen bijnamen. Voeg er een toe met `/mpn bijnaam <naam> <bijnaam>`, bijvoorbeeld `/mpn bijnaam Kubernetes on Azure k8s`.",
    },
    "alias.removed": {
        "en": "“{alias}” no longer means *{name}*.",
        "nl": "“{alias}” betekent niet langer *{name}*.",
    },
    "alias.row": {
        "en": "• “{alias}” → *{name}*",
        "nl": "• “{alias}” → *{name}*",
    },
    "alias.usage": {
        "en": "Use `/mpn alias <name> <alias>` (the alias is the last word, or put it after `=`), `/mpn alias remove <alias>`, or `/mpn alias` to list them.",
        "nl": "Gebruik `/mpn bijnaam <naam> <bijnaam>` (de bijnaam is het laatste woord, of zet hem na `=`), `/mpn bijnaam verwijder <bijnaam>`, of `/mpn bijnaam` voor de lijst.",
    },
    "anniversary.too_early": {
        "en": "{date} is before 2000: no MPN anniversary is that old, so I think the year is mistyped. Nothing was saved. Partner Center shows the current anniversary under *Membership* > *Competencies*.",
        "nl": "{date} ligt vóór 2000: zo oud is geen MPN-jubileumdatum, dus ik denk dat het jaar verkeerd is getypt. Er is niets opgeslagen. Partner Center toont de huidige jubileumdatum onder *Lidmaatschap* > *Competenties*.",
    },
    "anniversary.too_late": {
        "en": "{date} is more than two years away: an anniversary moves on one year at each renewal, so I think the year is mistyped. Nothing was saved. Partner Center shows the current anniversary under *Membership* > *Competencies*.",
        "nl": "{date} ligt meer dan twee jaar vooruit: een jubileumdatum schuift bij elke verlenging één jaar op, dus ik denk dat het jaar verkeerd is getypt. Er is niets opgeslagen. Partner Center toont de huidige jubileumdatum onder *Lidmaatschap* > *Competenties*.",
    },
    "auth.became": {
        "en": ":white_check_mark: You are now an MPN partner admin of this workspace: you can add, renew and remove offers and change settings. Run your command again, and add others with `/mpn admins add @name`.",
        "nl": ":white_check_mark: Je bent nu MPN-partnerbeheerder van deze workspace: je kunt aanbiedingen toevoegen, verlengen en verwijderen en instellingen wijzigen. Voer je opdracht opnieuw uit, en voeg anderen toe met `/mpn beheerders toevoegen @naam`.",
    },
    "auth.become_button": {
        "en": "Become the MPN partner admin",
        "nl": "Word MPN-partnerbeheerder",
    },
    "auth.cannot_grant": {
        "en": "Only an MPN partner admin or a Slack workspace admin or owner can change who is an MPN partner admin. Current MPN partner admins: {admins}.",
        "nl": "Alleen een MPN-partnerbeheerder of een beheerder of eigenaar van de Slack-workspace kan dat wijzigen. Huidige MPN-partnerbeheerders: {admins}.",
    },
    "auth.no_admin_yet": {
        "en": "Nobody is an MPN partner admin in this workspace yet, so nobody can change records. As a Slack workspace admin you can become the first one (it's recorded in the audit log).",
        "nl": "Er is in deze workspace nog geen MPN-partnerbeheerder, dus niemand kan iets wijzigen. Als beheerder van de Slack-workspace kun je de eerste worden (dat komt in het auditlogboek).",
    },
    "auth.not_admin": {
        "en": "Only MPN partner admins can change renewal records and settings (the role Microsoft names for renewals). To get the role, ask one of them ({admins}) or a Slack workspace admin or owner to run `/mpn admins add` {you}.",
        "nl": "Alleen MPN-partnerbeheerders kunnen verlengingen en instellingen wijzigen (de rol die Microsoft daarvoor noemt). Wil je die rol, vraag dan een van hen ({admins}) of een beheerder of eigenaar van de Slack-workspace om `/mpn beheerders toevoegen` {you} te typen.",
    },
    "auth.you": {
        "en": "@your-name",
        "nl": "@jouw-naam",
    },
    "cancel": {
        "en": "Cancel",
        "nl": "Annuleren",
    },
    "channel.cleared": {
        "en": ":white_check_mark: No reminder channel any more: I'll send reminders to the MPN partner admins by direct message.",
        "nl": ":white_check_mark: Geen herinneringskanaal meer: ik stuur herinneringen als privébericht naar de MPN-partnerbeheerders.",
    },
    "channel.not_here": {
        "en": "Reminders go to a channel, not a direct message. Run `/mpn channel here` in the channel you want, or name it: `/mpn channel #mpn-renewals`.",
        "nl": "Herinneringen gaan naar een kanaal, niet naar een privébericht. Typ `/mpn kanaal hier` in het kanaal dat je wilt, of noem het: `/mpn kanaal #mpn-verlengingen`.",
    },
    "channel.set": {
        "en": ":white_check_mark: Reminders will be posted in {channel}.",
        "nl": ":white_check_mark: Herinneringen komen voortaan in {channel}.",
    },
    "channel.set_invite": {
        "en": ":white_check_mark: Reminders will be posted in {channel}, but I'm not in that channel yet: invite me with `/invite @MPN Renewals` there, or reminders can't be posted.",
        "nl": ":white_check_mark: Herinneringen komen voortaan in {channel}, maar ik zit nog niet in dat kanaal: nodig me daar uit met `/invite @MPN Renewals`, anders kan ik er niets plaatsen.",
    },
    "channel.unknown": {
        "en": "I can't see <#{channel}>: it doesn't exist here, or it's a private channel I'm not in. Invite me there first (`/invite @MPN Renewals` in that channel), then run this again. Nothing was changed.",
        "nl": "Ik zie <#{channel}> niet: het bestaat hier niet, of het is een privékanaal waar ik niet in zit. Nodig me daar eerst uit (`/invite @MPN Renewals` in dat kanaal) en probeer het dan opnieuw. Er is niets veranderd.",
    },
    "channel.usage": {
        "en": "Name the channel: `/mpn channel #mpn-renewals`, or `/mpn channel here`. `/mpn channel none` sends reminders to the MPN partner admins by DM instead.",
        "nl": "Noem het kanaal: `/mpn kanaal #mpn-verlengingen`, of `/mpn kanaal hier`. Met `/mpn kanaal geen` gaan herinneringen als privébericht naar de MPN-partnerbeheerders.",
    },
    "command.too_long": {
        "en": "That's more than {limit} characters; I only read short commands. Try `/mpn help`.",
        "nl": "Dat is meer dan {limit} tekens; ik lees alleen korte opdrachten. Probeer `/mpn hulp`.",
    },
    "command.unknown": {
        "en": "I don't know `{word}`. `/mpn help` lists what I can do.",
        "nl": "`{word}` ken ik niet. `/mpn hulp` laat zien wat ik kan.",
    },
    "confirm.cancelled": {
        "en": "Cancelled; nothing was changed.",
        "nl": "Geannuleerd; er is niets veranderd.",
    },
    "confirm.nothing_yet": {
        "en": "Nothing has changed yet. Only MPN partner admins can confirm.",
        "nl": "Er is nog niets veranderd. Alleen MPN-partnerbeheerders kunnen bevestigen.",
    },
    "confirm.stale": {
        "en": "This confirmation is out of date: the offer was removed or its anniversary changed since. Nothing was changed; check `/mpn status` and try again.",
        "nl": "Deze bevestiging is verouderd: de aanbieding is intussen verwijderd of de jubileumdatum is veranderd. Er is niets veranderd; kijk in `/mpn overzicht` en probeer het opnieuw.",
    },
    "date.ambiguous": {
        "en": "“{text}” could be {first} or {second}. Which one do you mean? Type the date as YYYY-MM-DD to be sure: {first_iso} or {second_iso}.",
        "nl": "“{text}” kan {first} of {second} zijn. Welke bedoel je? Typ de datum als JJJJ-MM-DD, dan is het zeker: {first_iso} of {second_iso}.",
    },
    "date.impossible": {
        "en": "“{text}” isn't a real date: that month doesn't have that many days. Check the day, or type the date as YYYY-MM-DD.",
        "nl": "“{text}” bestaat niet: zoveel dagen heeft die maand niet. Kijk de dag nog even na, of typ de datum als JJJJ-MM-DD.",
    },
    "date.invalid": {
        "en": "I couldn't read “{text}” as a date. Try something like 2021-03-10 or 10 March 2021.",
        "nl": "Ik kan “{text}” niet als datum lezen. Probeer bijvoorbeeld 2021-03-10 of 10 maart 2021.",
    },
    "date.weekday_mismatch": {
        "en": "{day} is a {actual_weekday}, not a {typed_weekday}. Which date do you mean? Type it as YYYY-MM-DD to be sure.",
        "nl": "{day} valt op een {actual_weekday}, niet op een {typed_weekday}. Welke datum bedoel je? Typ de datum als JJJJ-MM-DD, dan is het zeker.",
    },
    "date.with_hint": {
        "en": "{date} ({hint})",
        "nl": "{date} ({hint})",
    },
    "date.year_missing": {
        "en": "Which year? “{text}” has no year, and for an anniversary or a renewal I don't guess: it may be days ago or next year. Type it with the year, for example {example}.",
        "nl": "Welk jaar? In “{text}” staat geen jaar, en bij een jubileumdatum of verlenging gok ik niet: het kan een paar dagen geleden zijn of volgend jaar. Typ het jaar erbij, bijvoorbeeld {example}.",
    },
    "day.today": {
        "en": "today",
        "nl": "vandaag",
    },
    "day.tomorrow": {
        "en": "tomorrow",
        "nl": "morgen",
    },
    "day.yesterday": {
        "en": "yesterday",
        "nl": "gisteren",
    },
    "dm.add_exists": {
        "en": "*{name}* is already tracked here: to change its anniversary, say “change {name}'s anniversary to …”.",
        "nl": "*{name}* wordt hier al bijgehouden: wil je de jubileumdatum wijzigen, zeg dan “wijzig de jubileumdatum van {name} naar …”.",
    },
    "dm.add_usage": {
        "en": "To add an offer, tell me its name and anniversary, for example “add Security, anniversary 1 May 2021”, or use `/mpn add <name> <anniversary>`.",
        "nl": "Wil je een aanbieding toevoegen, noem dan de naam en de jubileumdatum, bijvoorbeeld “voeg Security toe, jubileum 1 mei 2021”, of gebruik `/mpn toevoegen <naam> <jubileumdatum>`.",
    },
    "dm.admins": {
        "en": "The MPN partner admins here: {admins}. They can record renewals and change settings.",
        "nl": "De MPN-partnerbeheerders hier: {admins}. Zij kunnen verlengingen vastleggen en instellingen wijzigen.",
    },
    "dm.admins_none": {
        "en": "There is no MPN partner admin here yet. A Slack workspace admin or owner can become the first one from my Home tab.",
        "nl": "Er is hier nog geen MPN-partnerbeheerder. Een beheerder of eigenaar van de Slack-workspace kan de eerste worden via mijn Home-tabblad.",
    },
    "dm.admins_you": {
        "en": "You are one of them.",
        "nl": "Jij bent er een van.",
    },
    "dm.change_usage": {
        "en": "To correct an anniversary, tell me the offer and the right date, for example “change Security's anniversary to 1 March 2021”, or use `/mpn fix <name> <anniversary>`.",
        "nl": "Wil je een jubileumdatum corrigeren, noem dan de aanbieding en de juiste datum, bijvoorbeeld “wijzig de jubileumdatum van Security naar 1 maart 2021”, of gebruik `/mpn corrigeer <naam> <jubileumdatum>`.",
    },
    "dm.confirm_add": {
        "en": "Add *{name}* ({kind}) with anniversary {anniversary}? Nothing changes until you click.",
        "nl": "*{name}* ({kind}) toevoegen met jubileumdatum {anniversary}? Er verandert niets tot je klikt.",
    },
    "dm.confirm_add_button": {
        "en": "Add {name}",
        "nl": "{name} toevoegen",
    },
    "dm.confirm_fix": {
        "en": "Correct the anniversary of *{name}* from {old} to {new}? This fixes a wrong date; it records no renewal. Nothing changes until you click.",
        "nl": "De jubileumdatum van *{name}* corrigeren van {old} naar {new}? Dit verbetert een verkeerde datum; er wordt geen verlenging vastgelegd. Er verandert niets tot je klikt.",
    },
    "dm.confirm_fix_button": {
        "en": "Change anniversary to {new}",
        "nl": "Jubileumdatum wijzigen naar {new}",
    },
    "dm.confirm_renew": {
        "en": "Record that *{name}* was renewed on {on}? Its next anniversary becomes {next}. Nothing changes until you click.",
        "nl": "Zal ik vastleggen dat *{name}* op {on} verlengd is? De volgende jubileumdatum wordt dan {next}. Er verandert niets tot je klikt.",
    },
    "dm.confirm_renew_button": {
        "en": "Record renewal on {on}",
        "nl": "Verlenging op {on} vastleggen",
    },
    "dm.consequences": {
        "en": "If an offer isn't renewed by the last day of its window (30 days after its anniversary), you lose its benefits and the competency itself the next day. Until then benefits continue as normal. Renewing inside the window keeps everything intact and sets the next anniversary 365 days after the current one.",
        "nl": "Verleng je een aanbieding niet uiterlijk op de laatste dag van de verlengingsperiode (30 dagen na de jubileumdatum), dan raak je de dag erna de voordelen en de competentie zelf kwijt. Tot die tijd lopen de voordelen gewoon door. Verleng je binnen de periode, dan blijft alles intact en wordt de volgende jubileumdatum 365 dagen na de huidige.",
    },
    "dm.consequences_lost": {
        "en": "*{name}* was not renewed in time: it was lost on {lost_on}.",
        "nl": "*{name}* is niet op tijd verlengd: die is kwijt sinds {lost_on}.",
    },
    "dm.consequences_named": {
        "en": "For *{name}* that day would be {lost_on}.",
        "nl": "Voor *{name}* zou dat {lost_on} zijn.",
    },
    "dm.date_unclear": {
        "en": ":calendar: I can't tell which day you mean: a date like 03/04 reads two ways. Write it as year-month-day (2021-04-03) or with the month's name (3 April 2021).",
        "nl": ":calendar: Ik kan niet zien welke dag je bedoelt: een datum als 03/04 kan op twee manieren. Schrijf hem als jaar-maand-dag (2021-04-03) of met de naam van de maand (3 april 2021).",
    },
    "dm.examples": {
        "en": "Try: “when do I lose benefits?” · “when is Cloud Platform due?” · “how many days are left?” · “am I eligible for the COVID-19 extension?” · “how do I renew?” · “status”",
        "nl": "Probeer: “wanneer verlies ik mijn voordelen?” · “wanneer moet ik Cloud Platform verlengen?” · “hoeveel dagen heb ik nog?” · “kom ik in aanmerking voor het COVID-19-uitstel?” · “hoe verleng ik?” · “overzicht”",
    },
    "dm.fees": {
        "en": "Renewing can cost a competency fee: Partner Center may ask you to pay it to complete the renewal, depending on your competency purchase or renewal status (also when you use the COVID-19 extension). I don't know the amount; Partner Center shows what applies under *Membership offers* ({url}).",
        "nl": "Verlengen kan competentiekosten met zich meebrengen: Partner Center kan je vragen die te betalen om de verlenging te voltooien, afhankelijk van je competentie-aankoop of verlengingsstatus (ook als je het COVID-19-uitstel gebruikt). Het bedrag weet ik niet; Partner Center toont wat geldt onder *Lidmaatschapsaanbiedingen* ({url}).",
    },
    "dm.grace_none": {
        "en": "No renewal window is open right now: nothing needs renewing today.",
        "nl": "Er loopt nu geen verlengingsperiode: vandaag hoef je niets te verlengen.",
    },
    "dm.grace_not": {
        "en": "*{name}* isn't in its renewal window. {phase}",
        "nl": "*{name}* zit niet in de verlengingsperiode. {phase}",
    },
    "dm.grace_yes": {
        "en": "*{name}* is in its renewal window: benefits continue, and you can renew until {deadline}.",
        "nl": "*{name}* zit in de verlengingsperiode: de voordelen lopen door, en je kunt verlengen tot en met {deadline}.",
    },
    "dm.greeting": {
        "en": "Hi! I keep track of your MPN competency and advanced specialization renewals, so none slips past its deadline.",
        "nl": "Hoi! Ik houd de verlengingen van je MPN-competenties en geavanceerde specialisaties bij, zodat er geen deadline langs je heen glipt.",
    },
    "dm.help": {
        "en": "Ask me about your renewals in your own words, in English or Dutch. `/mpn help` lists the commands.",
        "nl": "Vraag me in je eigen woorden naar je verlengingen, in het Nederlands of Engels. `/mpn hulp` toont de opdrachten.",
    },
    "dm.history_empty": {
        "en": "No renewal is on record here yet. After renewing in Partner Center, tell me (“we renewed Security today”) or use `/mpn renew <name>`.",
        "nl": "Er is hier nog geen verlenging vastgelegd. Laat het me na het verlengen in Partner Center weten (“we hebben Security vandaag verlengd”) of gebruik `/mpn verlengen <naam>`.",
    },
    "dm.history_line": {
        "en": "*{name}*: renewed on {on} by {actor} (anniversary {old} → {new}).",
        "nl": "*{name}*: verlengd op {on} door {actor} (jubileumdatum {old} → {new}).",
    },
    "dm.history_none": {
        "en": "*{name}*: no renewal on record; its current anniversary is {anniversary}.",
        "nl": "*{name}*: geen verlenging vastgelegd; de huidige jubileumdatum is {anniversary}.",
    },
    "dm.how_to_renew": {
        "en": "Renewing happens in Partner Center, by an MPN partner admin: open *Competencies* from the menu on your dashboard ({competencies_url}), select the competency (it should be marked Complete) and renew it during its window, from the day after its anniversary up to 30 days after. Then tell me with `/mpn renew <name>` so the reminders stop.",
        "nl": "Verlengen gebeurt in Partner Center, door een MPN-partnerbeheerder: open *Competenties* via het menu op je dashboard ({competencies_url}), kies de competentie (die hoort op Voltooid te staan) en verleng binnen de verlengingsperiode, van de dag na de jubileumdatum tot 30 dagen erna. Laat het me daarna weten met `/mpn verlengen <naam>`, dan stoppen de herinneringen.",
    },
    "dm.next_reminder": {
        "en": "The next reminder is about *{name}*, on {day} at {hour}:00 (workspace time), {where}.",
        "nl": "De volgende herinnering gaat over *{name}*, op {day} om {hour}:00 (tijd van de workspace), {where}.",
    },
    "dm.next_reminder_none": {
        "en": "No reminder is planned: every reminder of the current cycles has gone out or no longer applies.",
        "nl": "Er staat geen herinnering gepland: alle herinneringen van de huidige periodes zijn verstuurd of gelden niet meer.",
    },
    "dm.on_day_lost": {
        "en": "On {on}, *{name}* will have lost its benefits (lost on {lost_on}) unless it is renewed by {deadline}.",
        "nl": "Op {on} is *{name}* zijn voordelen kwijt (sinds {lost_on}), tenzij hij uiterlijk {deadline} wordt verlengd.",
    },
    "dm.on_day_lost_already": {
        "en": "On {on}, *{name}* has lost its benefits (lost on {lost_on}).",
        "nl": "Op {on} is *{name}* zijn voordelen kwijt (sinds {lost_on}).",
    },
    "dm.on_day_open": {
        "en": "On {on} you will still have benefits for *{name}* (renewal window open until {deadline}).",
        "nl": "Op {on} heb je nog voordelen voor *{name}* (verlengingsperiode open tot en met {deadline}).",
    },
    "dm.on_day_still": {
        "en": "On {on} you will still have benefits for *{name}* (anniversary {anniversary}; benefits end on {lost_on} if it isn't renewed).",
        "nl": "Op {on} heb je nog voordelen voor *{name}* (jubileumdatum {anniversary}; zonder verlenging eindigen de voordelen op {lost_on}).",
    },
    "dm.open_settings": {
        "en": "Open settings",
        "nl": "Instellingen openen",
    },
    "dm.range_due": {
        "en": "Due between {start} and {end}:",
        "nl": "Te verlengen tussen {start} en {end}:",
    },
    "dm.range_due_line": {
        "en": "*{name}*: anniversary {anniversary}, renew by {deadline}",
        "nl": "*{name}*: jubileumdatum {anniversary}, verlengen tot en met {deadline}",
    },
    "dm.range_due_none": {
        "en": "Nothing is due between {start} and {end}.",
        "nl": "Tussen {start} en {end} valt geen verlenging.",
    },
    "dm.range_loss": {
        "en": "Expiring between {start} and {end}, unless renewed:",
        "nl": "Verloopt tussen {start} en {end}, tenzij verlengd:",
    },
    "dm.range_loss_line": {
        "en": "*{name}*: benefits lost on {lost_on} (renew by {deadline})",
        "nl": "*{name}*: voordelen kwijt op {lost_on} (verlengen tot en met {deadline})",
    },
    "dm.range_loss_none": {
        "en": "Nothing expires between {start} and {end}.",
        "nl": "Tussen {start} en {end} verloopt er niets.",
    },
    "dm.record_usage": {
        "en": "Which offer did you renew, and on which day? For example “we renewed Security today”, or use `/mpn renew <name> <date>`.",
        "nl": "Welke aanbieding heb je verlengd, en op welke dag? Bijvoorbeeld “we hebben Security vandaag verlengd”, of gebruik `/mpn verlengen <naam> <datum>`.",
    },
    "dm.requirements": {
        "en": "What a competency or advanced specialization requires (exams, certified people, customer evidence) is set by Microsoft per offer and can change; Partner Center shows it, with your progress, under *Competencies* ({url}). I track renewal dates, not requirements.",
        "nl": "Wat een competentie of geavanceerde specialisatie vereist (examens, gecertificeerde mensen, klantbewijs) bepaalt Microsoft per aanbieding en dat kan veranderen; Partner Center toont het, met je voortgang, onder *Competenties* ({url}). Ik houd verlengdatums bij, geen vereisten.",
    },
    "dm.requirements_named": {
        "en": "For *{name}*: open it in Partner Center to see what it needs and whether it is marked Complete.",
        "nl": "Voor *{name}*: open die in Partner Center om te zien wat er nodig is en of die op Voltooid staat.",
    },
    "dm.stop_reminders": {
        "en": "Reminders go {where} at {hour}:00 (workspace time): 15 days before each anniversary and 23 days after it while the window is open. Recording a renewal stops them for that offer. To move them to another channel or change the hour, open the settings; an MPN partner admin can save them.",
        "nl": "Herinneringen gaan {where} om {hour}:00 (tijd van de workspace): 15 dagen voor elke jubileumdatum en 23 dagen erna zolang de periode open is. Een vastgelegde verlenging stopt ze voor die aanbieding. Wil je ze naar een ander kanaal of een ander uur verplaatsen, open dan de instellingen; een MPN-partnerbeheerder kan ze opslaan.",
    },
    "dm.thanks": {
        "en": "You're welcome! I'll keep an eye on the deadlines.",
        "nl": "Graag gedaan! Ik houd de deadlines in de gaten.",
    },
    "dm.to_admins": {
        "en": "to the MPN partner admins by DM",
        "nl": "per DM naar de MPN-partnerbeheerders",
    },
    "dm.to_channel": {
        "en": "to {channel}",
        "nl": "naar {channel}",
    },
    "dm.understood": {
        "en": ":mag: I read *{name}* here, I think.",
        "nl": ":mag: Ik lees hier *{name}*, denk ik.",
    },
    "dm.understood_others": {
        "en": "Or did you mean {names}?",
        "nl": "Of bedoelde je {names}?",
    },
    "dm.unknown": {
        "en": "I can't answer that yet. Here is what I can do: answer questions about your MPN renewal dates, the renewal window, the COVID-19 extension, fees, requirements, renewal history, the admins and the reminders, and record a renewal you tell me about.",
        "nl": "Daar kan ik nog geen antwoord op geven. Dit kan ik wel: vragen beantwoorden over de verlengdatums van je MPN-aanbiedingen, de verlengingsperiode, het COVID-19-uitstel, kosten, vereisten, eerdere verlengingen, de beheerders en de herinneringen, en een verlenging vastleggen die je me meldt.",
    },
    "dm.which_offer": {
        "en": "Which one do you mean: {names}?",
        "nl": "Welke bedoel je: {names}?",
    },
    "duplicate.case": {
        "en": "“{name}” and *{existing}* differ only in upper and lower case or accents, so they are one name.",
        "nl": "“{name}” en *{existing}* verschillen alleen in hoofdletters of accenten, dus het is één naam.",
    },
    "duplicate.invisible": {
        "en": "“{name}” and *{existing}* differ only in invisible characters, emoji or look-alike letters, so they are one name.",
        "nl": "“{name}” en *{existing}* verschillen alleen in onzichtbare tekens, emoji of gelijkende letters, dus het is één naam.",
    },
    "duplicate.level": {
        "en": "“{name}” and *{existing}* differ only in a Gold or Silver level, which I don't count: the level changes, the offer stays the same.",
        "nl": "“{name}” en *{existing}* verschillen alleen in een Gold- of Silver-niveau, en dat tel ik niet mee: het niveau verandert, het blijft dezelfde aanbieding.",
    },
    "duplicate.spacing": {
        "en": "“{name}” and *{existing}* differ only in spaces, hyphens or punctuation, so they are one name.",
        "nl": "“{name}” en *{existing}* verschillen alleen in spaties, streepjes of leestekens, dus het is één naam.",
    },
    "error.generic": {
        "en": "Something went wrong on our side; nothing was changed. Please try again.",
        "nl": "Er ging bij ons iets mis; er is niets veranderd. Probeer het nog een keer.",
    },
    "extension.eligible": {
        "en": ":white_check_mark: *{name}* qualifies for the COVID-19 extension.",
        "nl": ":white_check_mark: *{name}* komt in aanmerking voor het COVID-19-uitstel.",
    },
    "extension.fee": {
        "en": "A competency fee may still apply, depending on your purchase or renewal status.",
        "nl": "Mogelijk betaal je nog de competentiekosten, afhankelijk van je aankoop- of verlengingsstatus.",
    },
    "extension.info": {
        "en": "Microsoft's announcement: {url}",
        "nl": "De aankondiging van Microsoft: {url}",
    },
    "extension.lost": {
        "en": ":x: *{name}* was lost on {lost_on}: its renewal window closed on {closed}, so neither a renewal nor the COVID-19 extension can be taken here any more. To ask what is still possible, contact Microsoft partner support (Partner Center, *Help + support*).",
        "nl": ":x: *{name}* is kwijt sinds {lost_on}: de verlengingsperiode sloot op {closed}, dus verlengen of COVID-19-uitstel aanvragen kan hier niet meer. Vraag Microsoft-partnerondersteuning wat nog kan (Partner Center, *Help en ondersteuning*).",
    },
    "extension.next": {
        "en": "What to do next:",
        "nl": "Zo pak je het aan:",
    },
    "extension.not_eligible": {
        "en": ":no_entry_sign: *{name}* does not qualify for the COVID-19 extension:",
        "nl": ":no_entry_sign: *{name}* komt niet in aanmerking voor het COVID-19-uitstel:",
    },
    "extension.summary": {
        "en": "COVID-19 extension: {eligible} of {total} offers qualify.",
        "nl": "COVID-19-uitstel: {eligible} van de {total} aanbiedingen komen in aanmerking.",
    },
    "extension.title": {
        "en": "COVID-19 extension",
        "nl": "COVID-19-uitstel",
    },
    "fix.confirm": {
        "en": ":question: Correct the anniversary of *{name}* ({kind}) from {anniversary} to {new}? You typed `{typed}`, which is not its full name, so I'm asking first.",
        "nl": ":question: De jubileumdatum van *{name}* ({kind}) corrigeren van {anniversary} naar {new}? Je typte `{typed}`; dat is niet de volledige naam, dus ik vraag het je voor de zekerheid.",
    },
    "fix.confirm_button": {
        "en": "Correct to {new}",
        "nl": "Corrigeer naar {new}",
    },
    "fix.done": {
        "en": ":white_check_mark: Corrected *{name}*: its anniversary is now {new} (was {old}). Its reminders follow the new date. To record a renewal, use `/mpn renew` instead.",
        "nl": ":white_check_mark: *{name}* is gecorrigeerd: de jubileumdatum is nu {new} (was {old}). De herinneringen volgen de nieuwe datum. Een verlenging vastleggen doe je met `/mpn verlengen`.",
    },
    "fix.usage": {
        "en": "Name the offer and its correct anniversary: `/mpn fix Cloud Platform 2021-03-10`. (Renewed it? Use `/mpn renew`.)",
        "nl": "Noem de aanbieding en de juiste jubileumdatum: `/mpn corrigeer Cloud Platform 2021-03-10`. (Verlengd? Gebruik dan `/mpn verlengen`.)",
    },
    "help.add": {
        "en": "`/mpn add [competency|specialization] <name> <anniversary>`: start tracking an offer (MPN partner admins).",
        "nl": "`/mpn toevoegen [competentie|specialisatie] <naam> <jubileumdatum>`: een aanbieding gaan volgen (MPN-partnerbeheerders).",
    },
    "help.admins": {
        "en": "`/mpn admins [add|remove @name]`: who may change records (MPN partner admins).",
        "nl": "`/mpn beheerders [toevoegen|verwijderen @naam]`: wie gegevens mag wijzigen (MPN-partnerbeheerders).",
    },
    "help.alias": {
        "en": "`/mpn alias <name> <alias>`: a name of your own for an offer, understood in DMs (`/mpn alias remove <alias>`; `/mpn alias` lists them).",
        "nl": "`/mpn bijnaam <naam> <bijnaam>`: een eigen naam voor een aanbieding, die ik in DM's begrijp (`/mpn bijnaam verwijder <bijnaam>`; `/mpn bijnaam` toont ze).",
    },
    "help.channel": {
        "en": "`/mpn channel #channel|here|none`: where reminders are posted.",
        "nl": "`/mpn kanaal #kanaal|hier|geen`: waar herinneringen komen.",
    },
    "help.extension": {
        "en": "`/mpn extension [name]`: does the COVID-19 extension apply, why (not), and what to do.",
        "nl": "`/mpn uitstel [naam]`: geldt het COVID-19-uitstel, waarom (niet), en de stappen om het aan te vragen.",
    },
    "help.fix": {
        "en": "`/mpn fix <name> <anniversary>`: correct a mistyped anniversary (MPN partner admins; not a renewal).",
        "nl": "`/mpn corrigeer <naam> <jubileumdatum>`: een verkeerd ingevoerde jubileumdatum corrigeren (MPN-partnerbeheerders; geen verlenging).",
    },
    "help.footer": {
        "en": "Dates: type 2021-03-10 (always understood) or 10 March 2021. Ask me in a direct message too: “when do I lose benefits?”",
        "nl": "Datums: typ 2021-03-10 (werkt altijd) of 10 maart 2021. Je kunt me ook een privébericht sturen: “wanneer verlies ik mijn voordelen?”",
    },
    "help.help": {
        "en": "`/mpn help [command]`: this list, or more about one command.",
        "nl": "`/mpn hulp [opdracht]`: deze lijst, of meer over één opdracht.",
    },
    "help.hour": {
        "en": "`/mpn hour 9`: the local hour from which reminders are posted (0-23, default 9).",
        "nl": "`/mpn uur 9`: het uur (lokale tijd) vanaf wanneer herinneringen worden geplaatst (0-23, standaard 9).",
    },
    "help.language": {
        "en": "`/mpn language en|nl`: the workspace's language (people whose Slack is in Dutch always get Dutch).",
        "nl": "`/mpn taal en|nl`: de taal van de workspace (wie Slack in het Nederlands heeft, krijgt altijd Nederlands).",
    },
    "help.partner-center": {
        "en": "`/mpn partner-center yes|no`: has your membership moved from Partner Membership Center (PMC) to Partner Center? The COVID-19 extension needs it.",
        "nl": "`/mpn partner-center ja|nee`: is jullie lidmaatschap verhuisd van Partner Membership Center (PMC) naar Partner Center? Dat is nodig voor het COVID-19-uitstel.",
    },
    "help.remove": {
        "en": "`/mpn remove <name>`: stop tracking an offer (MPN partner admins).",
        "nl": "`/mpn verwijderen <naam>`: een aanbieding niet meer volgen (MPN-partnerbeheerders).",
    },
    "help.renew": {
        "en": "`/mpn renew <name> [date]`: record that you renewed in Partner Center (default today); the anniversary moves 365 days on.",
        "nl": "`/mpn verlengen <naam> [datum]`: vastleggen dat je in Partner Center hebt verlengd (standaard vandaag); de jubileumdatum schuift 365 dagen op.",
    },
    "help.status": {
        "en": "`/mpn status [date]`: every offer, its deadline and days left; with a date, how it will look that day.",
        "nl": "`/mpn overzicht [datum]`: alle aanbiedingen, hun deadline en hoeveel dagen je nog hebt; met een datum: hoe het er die dag voor staat.",
    },
    "help.timezone": {
        "en": "`/mpn timezone Europe/Amsterdam`: the time zone that decides what “today” is for deadlines and reminders.",
        "nl": "`/mpn tijdzone Europe/Amsterdam`: de tijdzone die bepaalt wat “vandaag” is voor deadlines en herinneringen.",
    },
    "help.title": {
        "en": "MPN renewal reminders: what I can do",
        "nl": "MPN-verlengingen: wat ik kan",
    },
    "help.when": {
        "en": "`/mpn when <name>`: one offer's reminder days, renewal window and the day benefits are lost.",
        "nl": "`/mpn wanneer <naam>`: de herinneringen, de verlengingsperiode en de dag waarop je de voordelen kwijtraakt, voor één aanbieding.",
    },
    "hint.did_you_mean": {
        "en": "Did you mean *{suggestion}*?",
        "nl": "Bedoel je *{suggestion}*?",
    },
    "home.no_admin": {
        "en": "Nobody is an MPN partner admin in this workspace yet: nobody can change records, and reminders without a channel reach nobody. Ask a Slack workspace admin or owner to open this Home tab and become one.",
        "nl": "Er is in deze workspace nog geen MPN-partnerbeheerder: niemand kan iets wijzigen, en herinneringen zonder kanaal komen bij niemand aan. Vraag een beheerder of eigenaar van de Slack-workspace dit tabblad te openen en beheerder te worden.",
    },
    "hour.set": {
        "en": ":white_check_mark: Reminders will be posted from {hour} ({zone}).",
        "nl": ":white_check_mark: Herinneringen worden voortaan vanaf {hour} geplaatst ({zone}).",
    },
    "hour.usage": {
        "en": "Give an hour from 0 to 23: `/mpn hour 9` posts reminders from 09:00 in the workspace's time zone.",
        "nl": "Geef een uur van 0 tot 23: met `/mpn uur 9` komen herinneringen vanaf 09:00 in de tijdzone van de workspace.",
    },
    "kind.advanced_specialization": {
        "en": "advanced specialization",
        "nl": "geavanceerde specialisatie",
    },
    "kind.competency": {
        "en": "competency",
        "nl": "competentie",
    },
    "language.en": {
        "en": "English",
        "nl": "Engels",
    },
    "language.nl": {
        "en": "Dutch",
        "nl": "Nederlands",
    },
    "language.set": {
        "en": ":white_check_mark: This workspace now gets its answers and reminders in {language}.",
        "nl": ":white_check_mark: Deze workspace krijgt antwoorden en herinneringen voortaan in het {language}.",
    },
    "language.usage": {
        "en": "Choose `en` (English) or `nl` (Dutch): `/mpn language nl`.",
        "nl": "Kies `en` (Engels) of `nl` (Nederlands): `/mpn taal nl`.",
    },
    "loss.lapsed": {
        "en": "Already lost (not renewed in time): {names}.",
        "nl": "Al kwijt (niet op tijd verlengd): {names}.",
    },
    "loss.named": {
        "en": "If *{name}* isn't renewed, its benefits are lost on *{lost_on}*. Last day to renew: {deadline}.",
        "nl": "Als *{name}* niet wordt verlengd, ben je de voordelen kwijt op *{lost_on}*. Laatste dag om te verlengen: {deadline}.",
    },
    "loss.named_lapsed": {
        "en": "*{name}* was not renewed in time: its benefits were lost on *{lost_on}*.",
        "nl": "*{name}* is niet op tijd verlengd: de voordelen zijn kwijt sinds *{lost_on}*.",
    },
    "loss.nothing": {
        "en": "You have no offers with benefits at stake. Add one with `/mpn add`.",
        "nl": "Je hebt geen aanbiedingen waarvan voordelen op het spel staan. Voeg er een toe met `/mpn toevoegen`.",
    },
    "loss.soonest": {
        "en": "The first benefits you could lose are those of *{name}*, on *{lost_on}*, unless it's renewed by {deadline}.",
        "nl": "De eerstvolgende deadline is die van *{name}*: verleng uiterlijk {deadline}, anders ben je de voordelen op *{lost_on}* kwijt.",
    },
    "no": {
        "en": "no",
        "nl": "nee",
    },
    "offer.dates": {
        "en": "Anniversary {anniversary} · renew {opens} – {deadline} · benefits lost {lost_on} if not renewed",
        "nl": "Jubileumdatum {anniversary} · verlengen {opens} – {deadline} · voordelen kwijt op {lost_on} zonder verlenging",
    },
    "offer.dates_lost": {
        "en": "Anniversary {anniversary} · renewal window {opens} – {deadline}, closed · lost on {lost_on}",
        "nl": "Jubileumdatum {anniversary} · verlengingsperiode {opens} – {deadline}, gesloten · kwijt sinds {lost_on}",
    },
    "offer.extension_hint": {
        "en": ":information_source: The COVID-19 extension applies: `/mpn extension {name}`",
        "nl": ":information_source: Het COVID-19-uitstel geldt: `/mpn uitstel {name}`",
    },
    "partner_center.set": {
        "en": ":white_check_mark: Membership moved to Partner Center: {moved}.",
        "nl": ":white_check_mark: Lidmaatschap verhuisd naar Partner Center: {moved}.",
    },
    "partner_center.usage": {
        "en": "Answer yes or no: `/mpn partner-center yes` if your membership moved from Partner Membership Center (PMC) to Partner Center.",
        "nl": "Antwoord ja of nee: `/mpn partner-center ja` als jullie lidmaatschap is verhuisd van Partner Membership Center (PMC) naar Partner Center.",
    },
    "phase.active": {
        "en": "Next anniversary {anniversary}.",
        "nl": "Volgende jubileumdatum {anniversary}.",
    },
    "phase.due_soon": {
        "en": "Anniversary {anniversary}: renewal opens {opens}.",
        "nl": "Jubileumdatum {anniversary}: verlengen kan vanaf {opens}.",
    },
    "phase.grace": {
        "en": "*Renewal window open*: renew by {deadline}. Benefits continue until then.",
        "nl": "*Verlengen kan nu*: uiterlijk {deadline}. Tot dan blijven je voordelen gewoon bestaan.",
    },
    "phase.grace_last_day": {
        "en": "*Last day to renew*: {deadline}. Tomorrow the benefits are gone.",
        "nl": "*Laatste dag om te verlengen*: {deadline}. Morgen zijn de voordelen weg.",
    },
    "phase.lapsed": {
        "en": "*Not renewed in time*: benefits and competency lost since {lost_on}.",
        "nl": "*Niet op tijd verlengd*: voordelen en competentie kwijt sinds {lost_on}.",
    },
    "reason.anniversary_outside_extension_period": {
        "en": "its anniversary is not between 1 January and 30 June 2021",
        "nl": "de jubileumdatum ligt niet tussen 1 januari en 30 juni 2021",
    },
    "reason.cloud_business_applications_excluded": {
        "en": "the Cloud Business Applications competency is excluded",
        "nl": "de competentie Cloud Business Applications is uitgezonderd",
    },
    "reason.kind_not_covered": {
        "en": "this kind of offer is not covered",
        "nl": "dit soort aanbieding valt er niet onder",
    },
    "reason.membership_not_in_partner_center": {
        "en": "your membership hasn't moved from Partner Membership Center (PMC) to Partner Center yet (if it has: `/mpn partner-center yes`)",
        "nl": "jullie lidmaatschap is nog niet verhuisd van Partner Membership Center (PMC) naar Partner Center (is dat wel zo: `/mpn partner-center ja`)",
    },
    "reason.name_may_be_cloud_business_applications": {
        "en": "its name is close to Cloud Business Applications, the one competency the extension excludes: check the exact name in Partner Center. If it is Cloud Business Applications, renew it in its window; if not, remove it here and add it again under its exact name",
        "nl": "de naam lijkt op Cloud Business Applications, de enige competentie die niet onder het COVID-19-uitstel valt: controleer de precieze naam in Partner Center. Is het Cloud Business Applications, verleng dan binnen de verlengingsperiode; zo niet, verwijder hem hier en voeg hem opnieuw toe onder de precieze naam",
    },
    "reason.no_extension_program": {
        "en": "there is no extension programme in the current rules",
        "nl": "de huidige regels kennen geen uitstelregeling",
    },
    "reminder.after": {
        "en": ":warning: *{name}* ({kind}) isn't renewed yet: {days_left} left. Renew by *{deadline}*, or its benefits are lost on *{lost_on}*.",
        "nl": ":warning: *{name}* ({kind}) is nog niet verlengd: je hebt nog {days_left}. Verleng uiterlijk *{deadline}*, anders ben je de voordelen op *{lost_on}* kwijt.",
    },
    "reminder.after_last_day": {
        "en": ":rotating_light: *{name}* ({kind}) isn't renewed yet and *today, {deadline}, is the last day to renew*. Its benefits are lost tomorrow, {lost_on}.",
        "nl": ":rotating_light: *{name}* ({kind}) is nog niet verlengd en *vandaag, {deadline}, is de laatste dag om te verlengen*. Morgen, {lost_on}, ben je de voordelen kwijt.",
    },
    "reminder.alert.channel_not_found": {
        "en": ":warning: I couldn't post the MPN renewal reminder in {channel}: that channel no longer exists, or I can't see it. Choose another one with `/mpn channel #name`. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet plaatsen in {channel}: dat kanaal bestaat niet meer, of ik kan het niet zien. Kies een ander kanaal met `/mpn kanaal #naam`. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.dm_mode": {
        "en": "your DMs (no reminder channel is set)",
        "nl": "jullie DM's (er is geen herinneringskanaal ingesteld)",
    },
    "reminder.alert.flowing": {
        "en": ":white_check_mark: Fixed: MPN renewal reminders are flowing again ({where}). Thanks!",
        "nl": ":white_check_mark: Opgelost: de herinneringen voor MPN-verlengingen komen weer door ({where}). Bedankt!",
    },
    "reminder.alert.is_archived": {
        "en": ":warning: I couldn't post the MPN renewal reminder in {channel}: that channel is archived. Unarchive it, or choose another one with `/mpn channel #name`. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet plaatsen in {channel}: dat kanaal is gearchiveerd. Haal het uit het archief, of kies een ander kanaal met `/mpn kanaal #naam`. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.more_one": {
        "en": "and {count} more offer",
        "nl": "en nog {count} aanbieding",
    },
    "reminder.alert.more_other": {
        "en": "and {count} more offers",
        "nl": "en nog {count} aanbiedingen",
    },
    "reminder.alert.not_in_channel": {
        "en": ":warning: I couldn't post the MPN renewal reminder in {channel}: I'm not a member of it. Invite me there with `/invite @MPN Renewals`, or choose another channel with `/mpn channel #name`. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet plaatsen in {channel}: ik zit niet in dat kanaal. Nodig me daar uit met `/invite @MPN Renewals`, of kies een ander kanaal met `/mpn kanaal #naam`. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.permission": {
        "en": ":warning: I couldn't post the MPN renewal reminder in {channel}: Slack says I'm not allowed to (`{code}`). Reinstall the app so it has the permissions it asks for, or ask a Slack admin to allow it, or choose another channel with `/mpn channel #name`. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet plaatsen in {channel}: Slack zegt dat ik dat niet mag (`{code}`). Installeer de app opnieuw zodat hij de rechten heeft die hij vraagt, vraag een Slack-beheerder het toe te staan, of kies een ander kanaal met `/mpn kanaal #naam`. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.recipient": {
        "en": ":warning: I couldn't send the MPN renewal reminder by DM to {user}: Slack says `{code}`. If they no longer look after MPN renewals, remove them as MPN partner admin with `/mpn admins`, or set a reminder channel with `/mpn channel #name`. I'm keeping their copy and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet als DM naar {user} sturen: Slack zegt `{code}`. Zorgt die persoon niet meer voor MPN-verlengingen, haal dan de rol MPN-partnerbeheerder weg met `/mpn beheerders`, of stel een herinneringskanaal in met `/mpn kanaal #naam`. Ik bewaar die kopie en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.refused": {
        "en": ":warning: Slack refused the MPN renewal reminder for {channel} (`{code}`), and trying again as it is won't help. Please tell whoever runs mpn-bot for you: this is for them to fix. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Slack weigerde de herinnering voor de MPN-verlenging in {channel} (`{code}`), en zomaar opnieuw proberen helpt niet. Laat het weten aan wie mpn-bot voor jullie beheert: dit moeten zij oplossen. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.alert.restricted": {
        "en": ":warning: I couldn't post the MPN renewal reminder in {channel}: a workspace or channel setting stops me posting there (`{code}`). Let apps post in it, or choose another channel with `/mpn channel #name`. I'm keeping the reminder and will try again. Waiting: {names}.",
        "nl": ":warning: Ik kon de herinnering voor de MPN-verlenging niet plaatsen in {channel}: een instelling van de werkruimte of het kanaal houdt me tegen (`{code}`). Sta apps toe daar te posten, of kies een ander kanaal met `/mpn kanaal #naam`. Ik bewaar de herinnering en probeer het opnieuw. Het gaat om: {names}.",
    },
    "reminder.already_renewed": {
        "en": "*{name}* has already been renewed: its anniversary is now {anniversary}. Nothing was changed.",
        "nl": "*{name}* is al verlengd: de jubileumdatum is nu {anniversary}. Er is niets gewijzigd.",
    },
    "reminder.before": {
        "en": ":bell: *{name}* ({kind}) reaches its anniversary on *{anniversary}*. You can renew from {opens} until *{deadline}*, the last day to renew.",
        "nl": ":bell: De jubileumdatum van *{name}* ({kind}) is *{anniversary}*. Verlengen kan van {opens} tot en met *{deadline}*, de laatste dag om te verlengen.",
    },
    "reminder.button": {
        "en": "Mark renewed",
        "nl": "Markeer als verlengd",
    },
    "reminder.coming_up": {
        "en": ":bell: Coming up: this offer was added after {due}, the day this reminder usually goes out, so here it is now.",
        "nl": ":bell: Binnenkort: deze aanbieding is toegevoegd na {due}, de dag waarop deze herinnering normaal komt, dus hier is hij nu.",
    },
    "reminder.dm_no_channel": {
        "en": "No reminder channel is set, so I'm sending this to you as an MPN partner admin. Choose one with `/mpn channel #name`.",
        "nl": "Er is geen herinneringskanaal ingesteld, dus ik stuur dit naar jou als MPN-partnerbeheerder. Kies een kanaal met `/mpn kanaal #naam`.",
    },
    "reminder.extension_if_moved": {
        "en": ":information_source: The COVID-19 extension would apply once your membership has moved from Partner Membership Center (PMC) to Partner Center: `/mpn extension {name}`",
        "nl": ":information_source: Het COVID-19-uitstel geldt zodra jullie lidmaatschap is verhuisd van Partner Membership Center (PMC) naar Partner Center: `/mpn uitstel {name}`",
    },
    "reminder.footer": {
        "en": "Renewed in Partner Center? An MPN partner admin clicks *Mark renewed* (or types `/mpn renew <name>`) and the reminders stop.",
        "nl": "Verlengd in Partner Center? Een MPN-partnerbeheerder klikt op *Markeer als verlengd* (of typt `/mpn verlengen <naam>`) en de herinneringen stoppen.",
    },
    "reminder.late": {
        "en": ":hourglass_flowing_sand: Late: this reminder was due on {due}, when I couldn't send it.",
        "nl": ":hourglass_flowing_sand: Te laat: deze herinnering hoorde op {due} te komen, maar toen kon ik hem niet versturen.",
    },
    "reminder.offer_gone": {
        "en": "That offer isn't tracked any more, so there is nothing to mark renewed.",
        "nl": "Die aanbieding wordt niet meer gevolgd, dus er valt niets als verlengd te markeren.",
    },
    "reminder.renewed": {
        "en": ":white_check_mark: *{name}*: {user} recorded the renewal. New anniversary: *{new}* (365 days after {old}).",
        "nl": ":white_check_mark: *{name}*: {user} heeft de verlenging vastgelegd. Nieuwe jubileumdatum: *{new}* (365 dagen na {old}).",
    },
    "reminder.repeat": {
        "en": ":information_source: I was interrupted while posting this earlier, so you may see it twice.",
        "nl": ":information_source: Ik werd eerder onderbroken tijdens het plaatsen hiervan, dus misschien zie je dit twee keer.",
    },
    "reminder.summary": {
        "en": "MPN renewal reminder: {names}",
        "nl": "Herinnering MPN-verlenging: {names}",
    },
    "reminder.title": {
        "en": "MPN renewal reminder",
        "nl": "Herinnering MPN-verlenging",
    },
    "remove.confirm": {
        "en": ":question: Stop tracking *{name}* ({kind}, anniversary {anniversary})? You typed `{typed}`, which is not its full name, so I'm asking first. Its renewal history and reminders go with it.",
        "nl": ":question: *{name}* ({kind}, jubileumdatum {anniversary}) niet meer volgen? Je typte `{typed}`; dat is niet de volledige naam, dus ik vraag het je voor de zekerheid. De verlenggeschiedenis en herinneringen verdwijnen mee.",
    },
    "remove.confirm_button": {
        "en": "Remove {name}",
        "nl": "Verwijder {name}",
    },
    "remove.confirm_dialog": {
        "en": "Stop tracking {name}? Its reminders stop.",
        "nl": "{name} niet meer volgen? De herinneringen stoppen.",
    },
    "remove.confirm_title": {
        "en": "Remove this offer?",
        "nl": "Deze aanbieding verwijderen?",
    },
    "remove.confirm_yes": {
        "en": "Remove",
        "nl": "Verwijderen",
    },
    "remove.done": {
        "en": ":white_check_mark: Stopped tracking *{name}*; no more reminders for it.",
        "nl": ":white_check_mark: *{name}* wordt niet meer gevolgd; er komen geen herinneringen meer voor.",
    },
    "remove.restored": {
        "en": ":leftwards_arrow_with_hook: *{name}* is back, as it was: anniversary {anniversary}, with its renewal history and reminders.",
        "nl": ":leftwards_arrow_with_hook: *{name}* is terug, zoals het was: jubileumdatum {anniversary}, met de verlenggeschiedenis en herinneringen.",
    },
    "remove.undo_button": {
        "en": "Undo",
        "nl": "Ongedaan maken",
    },
    "remove.undo_hint": {
        "en": "Removed by mistake? Undo brings it back, with its history, for {hours} hours.",
        "nl": "Per ongeluk verwijderd? Met Ongedaan maken zet je het de komende {hours} uur terug, met de geschiedenis.",
    },
    "remove.usage": {
        "en": "Name the offer to remove: `/mpn remove Cloud Platform`.",
        "nl": "Noem de aanbieding die weg moet: `/mpn verwijderen Cloud Platform`.",
    },
    "renew.already_renewed": {
        "en": "*{name}* was already renewed on {renewed_on}: its anniversary is now {anniversary}, and its next renewal window opens on {opens}. Nothing was changed.",
        "nl": "*{name}* is al verlengd op {renewed_on}: de jubileumdatum is nu {anniversary}, en de volgende verlengingsperiode opent op {opens}. Er is niets gewijzigd.",
    },
    "renew.before_window": {
        "en": "*{name}*: {date} is before its renewal window opened on {opens}, so a renewal can't be recorded on that day. Give the day you renewed in Partner Center. Nothing was changed.",
        "nl": "*{name}*: {date} ligt vóór de verlengingsperiode, die op {opens} openging, dus op die dag kan ik geen verlenging vastleggen. Geef de dag waarop je in Partner Center hebt verlengd. Er is niets gewijzigd.",
    },
    "renew.done": {
        "en": ":tada: Renewal of *{name}* recorded. New anniversary: *{new}* (365 days after {old}).",
        "nl": ":tada: Verlenging van *{name}* vastgelegd. Nieuwe jubileumdatum: *{new}* (365 dagen na {old}).",
    },
    "renew.future_date": {
        "en": "{date} is in the future. Record a renewal once you've done it in Partner Center.",
        "nl": "{date} ligt in de toekomst. Leg een verlenging vast zodra je die in Partner Center hebt gedaan.",
    },
    "renew.partner_center": {
        "en": "This records your renewal here; the renewal itself happens in Partner Center.",
        "nl": "Dit legt je verlenging hier vast; het verlengen zelf doe je in Partner Center.",
    },
    "renew.usage": {
        "en": "Name the offer you renewed: `/mpn renew Cloud Platform` (today) or `/mpn renew Cloud Platform 2021-03-20`.",
        "nl": "Noem de aanbieding die je hebt verlengd: `/mpn verlengen Cloud Platform` (vandaag) of `/mpn verlengen Cloud Platform 2021-03-20`.",
    },
    "renew.window_closed": {
        "en": "*{name}* can't be renewed any more: its renewal window closed on {closed}, so it was lost on {lost_on}, with its benefits. To ask what is still possible, contact Microsoft partner support (Partner Center, *Help + support*).",
        "nl": "*{name}* kan niet meer worden verlengd: de verlengingsperiode sloot op {closed}, dus die is kwijt sinds {lost_on}, met de voordelen. Vraag Microsoft-partnerondersteuning wat nog kan (Partner Center, *Help en ondersteuning*).",
    },
    "renew.window_opens": {
        "en": "*{name}* can't be renewed yet: its renewal window opens on {opens}, the day after its anniversary. Nothing was changed.",
        "nl": "*{name}* kan nog niet worden verlengd: de verlengingsperiode opent op {opens}, de dag na de jubileumdatum. Er is niets gewijzigd.",
    },
    "settings.channel": {
        "en": "Reminder channel: {channel}",
        "nl": "Herinneringskanaal: {channel}",
    },
    "settings.hour": {
        "en": "Reminders posted from: {hour}",
        "nl": "Herinneringen vanaf: {hour}",
    },
    "settings.language": {
        "en": "Language: {language}",
        "nl": "Taal: {language}",
    },
    "settings.no_channel": {
        "en": "none (reminders go to the MPN partner admins by DM)",
        "nl": "geen (herinneringen gaan als privébericht naar de MPN-partnerbeheerders)",
    },
    "settings.partner_center": {
        "en": "Membership moved to Partner Center: {moved}",
        "nl": "Lidmaatschap verhuisd naar Partner Center: {moved}",
    },
    "settings.timezone": {
        "en": "Time zone: {zone}",
        "nl": "Tijdzone: {zone}",
    },
    "status.empty": {
        "en": "No offers tracked yet. Add one: `/mpn add competency Cloud Platform 2021-03-10`.",
        "nl": "Er worden nog geen aanbiedingen gevolgd. Voeg er een toe: `/mpn toevoegen competentie Cloud Platform 2021-03-10`.",
    },
    "status.footer": {
        "en": "`/mpn when <name>` for one offer's dates · `/mpn help` for everything else",
        "nl": "`/mpn wanneer <naam>` voor de datums van één aanbieding · `/mpn hulp` voor de rest",
    },
    "status.more": {
        "en": "…and {count} more. Ask about one with `/mpn when <name>`.",
        "nl": "…en nog {count}. Vraag naar één aanbieding met `/mpn wanneer <naam>`.",
    },
    "status.offers_one": {
        "en": "{count} offer",
        "nl": "{count} aanbieding",
    },
    "status.offers_other": {
        "en": "{count} offers",
        "nl": "{count} aanbiedingen",
    },
    "status.summary": {
        "en": "{offers} · {grace} in the renewal window · {due_soon} coming up · {lapsed} lost",
        "nl": "{offers} · {grace} nu te verlengen · {due_soon} binnenkort · {lapsed} kwijt",
    },
    "status.title": {
        "en": "MPN renewals",
        "nl": "MPN-verlengingen",
    },
    "status.title_on": {
        "en": "MPN renewals on {date}",
        "nl": "MPN-verlengingen op {date}",
    },
    "step.move_membership_to_partner_center": {
        "en": "Move your membership from PMC to Partner Center: {url} (more: {learn_more})",
        "nl": "Verhuis jullie lidmaatschap van PMC naar Partner Center: {url} (meer info: {learn_more})",
    },
    "step.open_competencies_page": {
        "en": "In Partner Center, open *Competencies* from the menu on your dashboard: {url}",
        "nl": "Open in Partner Center *Competenties* via het menu op je dashboard: {url}",
    },
    "step.open_membership_offers": {
        "en": "Go to *Membership offers* to take the extension: {url}",
        "nl": "Ga naar *Lidmaatschapsaanbiedingen* om het uitstel aan te vragen: {url}",
    },
    "step.pay_fee_if_asked": {
        "en": "Pay the competency fee if Partner Center asks for it.",
        "nl": "Betaal de competentiekosten als Partner Center daarom vraagt.",
    },
    "step.renew_in_window": {
        "en": "Renew *{name}* in Partner Center as usual, by {deadline}: {url}",
        "nl": "Verleng *{name}* gewoon in Partner Center, uiterlijk {deadline}: {url}",
    },
    "step.select_your_offer": {
        "en": "Select *{name}*; it should be marked Complete and show the exemption notice.",
        "nl": "Kies *{name}*; die hoort op Voltooid te staan, met de melding over de vrijstelling.",
    },
    "storage.alias_invalid": {
        "en": "“{alias}” can't be an alias: use letters or digits.",
        "nl": "“{alias}” kan geen bijnaam zijn: gebruik letters of cijfers.",
    },
    "storage.alias_is_offer_name": {
        "en": "“{alias}” is already the name of *{offer}*, so it can't stand for another offer.",
        "nl": "“{alias}” is al de naam van *{offer}*, dus die kan niet voor een andere aanbieding staan.",
    },
    "storage.alias_not_found": {
        "en": "There is no alias “{alias}”. `/mpn alias` lists them.",
        "nl": "Er is geen bijnaam “{alias}”. `/mpn bijnaam` toont ze.",
    },
    "storage.alias_taken": {
        "en": "“{alias}” already means *{offer}*. Remove it first with `/mpn alias remove {alias}`.",
        "nl": "“{alias}” betekent al *{offer}*. Verwijder die eerst met `/mpn bijnaam verwijder {alias}`.",
    },
    "storage.alias_too_long": {
        "en": "An alias is at most {limit} characters.",
        "nl": "Een bijnaam is hoogstens {limit} tekens.",
    },
    "storage.csv_bad_header": {
        "en": "The CSV file must start with the header `name,kind,anniversary`.",
        "nl": "Het CSV-bestand moet beginnen met de kopregel `name,kind,anniversary`.",
    },
    "storage.csv_bad_row": {
        "en": "A CSV line doesn't have the three fields name, kind and anniversary.",
        "nl": "Een CSV-regel heeft niet de drie velden name, kind en anniversary.",
    },
    "storage.database_busy": {
        "en": "I'm busy saving something else; nothing was changed. Please try again in a moment.",
        "nl": "Ik ben even druk met iets anders opslaan; er is niets gewijzigd. Probeer het zo nog eens.",
    },
    "storage.duplicate_name": {
        "en": "You already track *{existing}*; names must be unique (case and spacing don't count). To correct its date: `/mpn fix {existing} <anniversary>`.",
        "nl": "*{existing}* wordt al gevolgd; namen moeten uniek zijn (hoofdletters en spaties tellen niet). Klopt de datum niet: `/mpn corrigeer {existing} <jubileumdatum>`.",
    },
    "storage.invalid_date": {
        "en": "“{value}” isn't a valid date. Use YYYY-MM-DD, for example 2021-03-10.",
        "nl": "“{value}” is geen geldige datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2021-03-10.",
    },
    "storage.invalid_setting": {
        "en": "That value for {setting} isn't valid; nothing was changed.",
        "nl": "Die waarde voor {setting} is niet geldig; er is niets gewijzigd.",
    },
    "storage.name_empty": {
        "en": "The offer needs a name, like `Cloud Platform`.",
        "nl": "De aanbieding heeft een naam nodig, zoals `Cloud Platform`.",
    },
    "storage.name_invalid_chars": {
        "en": "The name contains control characters I can't store; type it again as plain text.",
        "nl": "De naam bevat stuurtekens die ik niet kan opslaan; typ hem opnieuw als gewone tekst.",
    },
    "storage.name_too_long": {
        "en": "That name is too long: at most {max_length} characters, please.",
        "nl": "Die naam is te lang: maximaal {max_length} tekens.",
    },
    "storage.offer_ambiguous": {
        "en": "“{name}” fits {count} offers: {names}. Which one do you mean? Type more of its name.",
        "nl": "“{name}” past bij {count} aanbiedingen: {names}. Welke bedoel je? Typ meer van de naam.",
    },
    "storage.offer_not_found": {
        "en": "I don't track an offer called “{name}”. `/mpn status` lists them all.",
        "nl": "Ik volg geen aanbieding met de naam “{name}”. `/mpn overzicht` toont ze allemaal.",
    },
    "storage.schema_too_new": {
        "en": "This bot's database was made by a newer version of mpn-bot; ask your operator to upgrade. Nothing was changed.",
        "nl": "De database van deze bot komt van een nieuwere versie van mpn-bot; vraag de beheerder om te upgraden. Er is niets gewijzigd.",
    },
    "storage.undo_done": {
        "en": "*{name}* was already brought back; nothing more to undo.",
        "nl": "*{name}* is al teruggezet; er valt niets meer ongedaan te maken.",
    },
    "storage.undo_expired": {
        "en": "The removal of *{name}* can no longer be undone (it was more than 24 hours ago). Add it again with `/mpn add`.",
        "nl": "Het verwijderen van *{name}* kan niet meer ongedaan worden gemaakt (het is meer dan 24 uur geleden). Voeg het opnieuw toe met `/mpn toevoegen`.",
    },
    "storage.undo_unknown": {
        "en": "There is no removal to undo here. Nothing was changed.",
        "nl": "Er is hier geen verwijdering om ongedaan te maken. Er is niets veranderd.",
    },
    "storage.unknown_kind": {
        "en": "“{kind}” isn't a kind of offer I know: use competency or specialization.",
        "nl": "“{kind}” is geen soort aanbieding die ik ken: gebruik competentie of specialisatie.",
    },
    "storage.unknown_workspace": {
        "en": "This workspace isn't set up yet; try again in a moment.",
        "nl": "Deze workspace is nog niet ingericht; probeer het zo nog eens.",
    },
    "storage.window_closed": {
        "en": "*{name}* can't be renewed any more: its renewal window closed on {date}, its last day. Contact Microsoft partner support about re-qualifying.",
        "nl": "*{name}* kan niet meer worden verlengd: de verlengingsperiode sloot op {date}, de laatste dag. Neem contact op met Microsoft-partnerondersteuning over opnieuw kwalificeren.",
    },
    "storage.window_not_open": {
        "en": "*{name}* can't be renewed yet: the renewal window opens on {date}, the day after its anniversary.",
        "nl": "*{name}* kan nog niet worden verlengd: verlengen kan vanaf {date}, de dag na de jubileumdatum.",
    },
    "timezone.set": {
        "en": ":white_check_mark: Time zone set to {zone}: deadlines and reminders follow its calendar.",
        "nl": ":white_check_mark: Tijdzone ingesteld op {zone}: deadlines en herinneringen volgen die kalender.",
    },
    "timezone.unknown": {
        "en": "I don't know the time zone “{zone}”. Use a name like Europe/Amsterdam or America/New_York.",
        "nl": "De tijdzone “{zone}” ken ik niet. Gebruik een naam als Europe/Amsterdam of America/New_York.",
    },
    "when.anniversary": {
        "en": "Anniversary: {date}",
        "nl": "Jubileumdatum: {date}",
    },
    "when.lost": {
        "en": "Lost on: {date}",
        "nl": "Kwijt sinds: {date}",
    },
    "when.lost_on": {
        "en": "Benefits lost if not renewed: {date}",
        "nl": "Voordelen kwijt zonder verlenging: {date}",
    },
    "when.next_anniversary": {
        "en": "After renewing, the next anniversary is {date} (365 days on)",
        "nl": "Na verlengen wordt de volgende jubileumdatum {date} (365 dagen later)",
    },
    "when.reminders": {
        "en": "Reminders: {before} and, if not renewed, {after}",
        "nl": "Herinneringen: {before} en, als er nog niet verlengd is, {after}",
    },
    "when.usage": {
        "en": "Name the offer: `/mpn when Cloud Platform`.",
        "nl": "Noem de aanbieding: `/mpn wanneer Cloud Platform`.",
    },
    "when.window": {
        "en": "Renewal window: {opens} to {deadline}",
        "nl": "Verlengen kan van {opens} tot en met {deadline}",
    },
    "when.window_closed": {
        "en": "Renewal window: {opens} to {deadline}, closed",
        "nl": "Verlengingsperiode: {opens} tot en met {deadline}, gesloten",
    },
    "yes": {
        "en": "yes",
        "nl": "ja",
    },
}
