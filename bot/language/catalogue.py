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
    "add.window_closed": {
        "en": "Its renewal window closed on {deadline}: this is probably an old anniversary. Enter the anniversary Partner Center shows now.",
        "nl": "De verlengingsperiode is op {deadline} gesloten: dit is waarschijnlijk een oude jubileumdatum. Vul de jubileumdatum in die Partner Center nu toont.",
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
    "admins_modal.added": {
        "en": "Added: {users}",
        "nl": "Toegevoegd: {users}",
    },
    "admins_modal.hint": {
        "en": "Only people of this workspace; apps and bots can't be admins.",
        "nl": "Alleen mensen uit deze workspace; apps en bots kunnen geen beheerder zijn.",
    },
    "admins_modal.intro": {
        "en": "MPN partner admins add, renew and remove offers and change the settings. Everyone else can look, and gets the reminders.",
        "nl": "MPN-partnerbeheerders voegen aanbiedingen toe, verlengen en verwijderen ze en wijzigen de instellingen. Iedereen kan meekijken en krijgt de herinneringen.",
    },
    "admins_modal.label": {
        "en": "MPN partner admins",
        "nl": "MPN-partnerbeheerders",
    },
    "admins_modal.last": {
        "en": "Keep at least one MPN partner admin: without one nobody can change the records, and reminders by DM would reach nobody.",
        "nl": "Houd minstens één MPN-partnerbeheerder: zonder kan niemand de gegevens wijzigen, en herinneringen per DM bereiken dan niemand.",
    },
    "admins_modal.no_bots": {
        "en": "An app or bot can't be an MPN partner admin: pick people only.",
        "nl": "Een app of bot kan geen MPN-partnerbeheerder zijn: kies alleen mensen.",
    },
    "admins_modal.not_people": {
        "en": "Pick people from the list.",
        "nl": "Kies mensen uit de lijst.",
    },
    "admins_modal.now": {
        "en": "The MPN partner admins now: {admins}",
        "nl": "De MPN-partnerbeheerders nu: {admins}",
    },
    "admins_modal.placeholder": {
        "en": "Pick people",
        "nl": "Kies mensen",
    },
    "admins_modal.removed": {
        "en": "Removed: {users}",
        "nl": "Verwijderd: {users}",
    },
    "admins_modal.title": {
        "en": "MPN partner admins",
        "nl": "Beheerders",
    },
    "admins_modal.unchanged": {
        "en": "Nothing changed.",
        "nl": "Er is niets gewijzigd.",
    },
    "admins_modal.unknown_user": {
        "en": "One of the people picked is not a member of this workspace (deactivated, or from another workspace): only this workspace's members can be MPN partner admins.",
        "nl": "Een van de gekozen mensen is geen lid van deze workspace (gedeactiveerd, of uit een andere workspace): alleen leden van deze workspace kunnen MPN-partnerbeheerder zijn.",
    },
    "admins_modal.who_grants": {
        "en": "Who may grant the role: the MPN partner admins, and Slack's workspace admins and owners (so a new workspace gets its first one). Every change is in the History.",
        "nl": "Wie de rol mag geven: de MPN-partnerbeheerders, en de beheerders en eigenaren van de Slack-workspace (zo krijgt een nieuwe workspace de eerste). Elke wijziging staat in de Geschiedenis.",
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
    "alias.reads_as_other": {
        "en": "In a DM I would read “{alias}” as *{other}*, not *{name}*, so I didn't add it. Pick a word or short form that is not part of the name {other}.",
        "nl": "In een DM zou ik “{alias}” lezen als *{other}*, niet als *{name}*, dus ik heb hem niet toegevoegd. Kies een woord of afkorting die niet in de naam {other} staat.",
    },
    "alias.reads_as_several": {
        "en": "In a DM “{alias}” would fit several offers ({others}), so I would have to ask which one you mean. I didn't add it: pick a word or short form only *{name}* has.",
        "nl": "In een DM past “{alias}” bij meer aanbiedingen ({others}), dus ik zou moeten vragen welke je bedoelt. Ik heb hem niet toegevoegd: kies een woord of afkorting die alleen bij *{name}* hoort.",
    },
    "alias.removed": {
        "en": "“{alias}” no longer means *{name}*.",
        "nl": "“{alias}” betekent niet langer *{name}*.",
    },
    "alias.row": {
        "en": "• “{alias}” → *{name}*",
        "nl": "• “{alias}” → *{name}*",
    },
    "alias.unreadable": {
        "en": "I wouldn't recognise “{alias}” as *{name}* in a DM, so I didn't add it: I skip emoji, mentions, links and numbers alone, and read words like “status” or “renew” as questions. Pick a word or short form, such as an abbreviation of the name.",
        "nl": "Ik zou “{alias}” in een DM niet herkennen als *{name}*, dus ik heb hem niet toegevoegd: emoji, vermeldingen, links en losse getallen sla ik over, en woorden als “overzicht” of “verlengen” lees ik als vragen. Kies een woord of afkorting, bijvoorbeeld een afkorting van de naam.",
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
    "channel.no_such_name": {
        "en": "I can't find a channel called “{name}”: Slack turns a channel's name into a link when you pick it from the list that opens as you type #, and it didn't here. Check the name, or run `/mpn channel here` in that channel. Nothing was changed.",
        "nl": "Ik vind geen kanaal dat “{name}” heet: Slack maakt van een kanaalnaam een link als je die kiest uit de lijst die opent wanneer je # typt, en dat gebeurde hier niet. Controleer de naam, of typ `/mpn kanaal hier` in dat kanaal. Er is niets veranderd.",
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
    "dm.date_problem": {
        "en": ":calendar: {problem}",
        "nl": ":calendar: {problem}",
    },
    "dm.date_unclear": {
        "en": ":calendar: I can't tell which day you mean: a date like 03/04 reads two ways. Write it as year-month-day (2021-04-03) or with the month's name (3 April 2021).",
        "nl": ":calendar: Ik kan niet zien welke dag je bedoelt: een datum als 03/04 kan op twee manieren. Schrijf hem als jaar-maand-dag (2021-04-03) of met de naam van de maand (3 april 2021).",
    },
    "dm.examples": {
        "en": "Try: “when do I lose benefits?” · “when is Cloud Platform due?” · “how many days are left?” · “am I eligible for the COVID-19 extension?” · “how do I renew?” · “did we renew Security already?” · “when is the next reminder?” · “who are our MPN partner admins?” · “we renewed Cloud Platform today” · “status”",
        "nl": "Probeer: “wanneer verlies ik mijn voordelen?” · “wanneer moet ik Cloud Platform verlengen?” · “hoeveel dagen heb ik nog?” · “kom ik in aanmerking voor het COVID-19-uitstel?” · “hoe verleng ik?” · “is Security al vernieuwd?” · “wanneer komt de volgende herinnering?” · “wie zijn onze MPN-partnerbeheerders?” · “we hebben Cloud Platform vandaag verlengd” · “overzicht”",
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
    "dm.holiday_unclear": {
        "en": ":calendar: School holidays have no fixed dates (they differ by region and year), so I won't guess them. Ask with the dates, for example “what expires before 20 December?”, or with a month (“in December”).",
        "nl": ":calendar: Schoolvakanties hebben geen vaste data (ze verschillen per regio en per jaar), dus die gok ik niet. Vraag het met de data, bijvoorbeeld “wat vervalt er voor 20 december?”, of met een maand (“in december”).",
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
    "dm.range_lost": {
        "en": "Lost between {start} and {end}:",
        "nl": "Kwijtgeraakt tussen {start} en {end}:",
    },
    "dm.range_lost_line": {
        "en": "*{name}*: not renewed by {deadline}; benefits lost since {lost_on}",
        "nl": "*{name}*: niet verlengd tot en met {deadline}; voordelen kwijt sinds {lost_on}",
    },
    "dm.read_as": {
        "en": ":mag: I took this as a question about {what}.",
        "nl": ":mag: Ik las dit als een vraag over {what}.",
    },
    "dm.read_as_others": {
        "en": "Did you mean something else? Pick it below.",
        "nl": "Bedoelde je iets anders? Kies het hieronder.",
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
    "dm.topic.admins": {
        "en": "the MPN partner admins",
        "nl": "de MPN-partnerbeheerders",
    },
    "dm.topic.consequences": {
        "en": "what happens if you don't renew",
        "nl": "wat er gebeurt als je niet verlengt",
    },
    "dm.topic.due_date": {
        "en": "the renewal date",
        "nl": "de verlengdatum",
    },
    "dm.topic.extension": {
        "en": "the COVID-19 extension",
        "nl": "het COVID-19-uitstel",
    },
    "dm.topic.fees": {
        "en": "fees",
        "nl": "kosten",
    },
    "dm.topic.grace": {
        "en": "the renewal window",
        "nl": "de verlengingsperiode",
    },
    "dm.topic.history": {
        "en": "renewal history",
        "nl": "eerdere verlengingen",
    },
    "dm.topic.how_to_renew": {
        "en": "how to renew",
        "nl": "hoe je verlengt",
    },
    "dm.topic.loss_date": {
        "en": "when the benefits are lost",
        "nl": "wanneer de voordelen vervallen",
    },
    "dm.topic.next_reminder": {
        "en": "the next reminder",
        "nl": "de volgende herinnering",
    },
    "dm.topic.requirements": {
        "en": "requirements",
        "nl": "vereisten",
    },
    "dm.topic.status": {
        "en": "the state of your renewals",
        "nl": "de stand van je verlengingen",
    },
    "dm.topic.stop_reminders": {
        "en": "stopping or moving the reminders",
        "nl": "herinneringen stoppen of verplaatsen",
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
    "dm.untracked": {
        "en": "*{name}* is not tracked in this workspace, so I have no dates for it. Tracked here: {tracked}. An MPN partner admin can add it with *Add offer* on the App Home or `/mpn add {name} <anniversary>`.",
        "nl": "*{name}* wordt in deze workspace niet gevolgd, dus ik heb er geen datums van. Hier gevolgd: {tracked}. Een MPN-partnerbeheerder voegt hem toe met *Aanbieding toevoegen* op het tabblad Home of `/mpn toevoegen {name} <jubileumdatum>`.",
    },
    "dm.untracked_more_one": {
        "en": "and {count} more",
        "nl": "en nog {count}",
    },
    "dm.untracked_more_other": {
        "en": "and {count} more",
        "nl": "en nog {count}",
    },
    "dm.untracked_nothing": {
        "en": "nothing yet",
        "nl": "nog niets",
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
    "error.disk_full": {
        "en": "I couldn't save that: the server mpn-bot runs on has no disk space left. Nothing was changed. Please tell whoever runs mpn-bot for your workspace; asking still works.",
        "nl": "Dat kon ik niet opslaan: de server waarop mpn-bot draait heeft geen schijfruimte meer. Er is niets gewijzigd. Laat het weten aan wie mpn-bot voor jullie beheert; vragen stellen gaat nog wel.",
    },
    "error.generic": {
        "en": "Something went wrong on our side; nothing was changed. Please try again.",
        "nl": "Er ging bij ons iets mis; er is niets veranderd. Probeer het nog een keer.",
    },
    "error.read_only": {
        "en": "I couldn't save that: mpn-bot's database can't be written to right now. Nothing was changed. Please tell whoever runs mpn-bot for your workspace; asking still works.",
        "nl": "Dat kon ik niet opslaan: de database van mpn-bot kan nu niet worden beschreven. Er is niets gewijzigd. Laat het weten aan wie mpn-bot voor jullie beheert; vragen stellen gaat nog wel.",
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
    "help.settings": {
        "en": "`/mpn settings`: the reminder channel, time zone, posting hour, language and Partner Center move as they are now.",
        "nl": "`/mpn instellingen`: het herinneringskanaal, de tijdzone, het uur, de taal en de overstap naar Partner Center zoals ze nu zijn.",
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
    "help.undo": {
        "en": "`/mpn undo`: bring back the offer removed last, with its history (within 24 hours; MPN partner admins).",
        "nl": "`/mpn herstel`: zet de laatst verwijderde aanbieding terug, met haar geschiedenis (binnen 24 uur; MPN-partnerbeheerders).",
    },
    "help.when": {
        "en": "`/mpn when <name>`: one offer's reminder days, renewal window and the day benefits are lost.",
        "nl": "`/mpn wanneer <naam>`: de herinneringen, de verlengingsperiode en de dag waarop je de voordelen kwijtraakt, voor één aanbieding.",
    },
    "hint.did_you_mean": {
        "en": "Did you mean *{suggestion}*?",
        "nl": "Bedoel je *{suggestion}*?",
    },
    "history.action_admin_add": {
        "en": "made {target} an MPN partner admin",
        "nl": "maakte {target} MPN-partnerbeheerder",
    },
    "history.action_admin_remove": {
        "en": "removed {target} as MPN partner admin",
        "nl": "haalde {target} weg als MPN-partnerbeheerder",
    },
    "history.action_alias_add": {
        "en": "gave *{target}* an alias",
        "nl": "gaf *{target}* een bijnaam",
    },
    "history.action_alias_remove": {
        "en": "removed an alias of *{target}*",
        "nl": "haalde een bijnaam van *{target}* weg",
    },
    "history.action_offer_add": {
        "en": "added *{target}*",
        "nl": "voegde *{target}* toe",
    },
    "history.action_offer_import": {
        "en": "imported *{target}*",
        "nl": "importeerde *{target}*",
    },
    "history.action_offer_import_remove": {
        "en": "removed *{target}* (import replaced the list)",
        "nl": "verwijderde *{target}* (import verving de lijst)",
    },
    "history.action_offer_import_update": {
        "en": "updated *{target}* by import",
        "nl": "werkte *{target}* bij via een import",
    },
    "history.action_offer_remove": {
        "en": "removed *{target}*",
        "nl": "verwijderde *{target}*",
    },
    "history.action_offer_renew": {
        "en": "recorded the renewal of *{target}*",
        "nl": "legde de verlenging van *{target}* vast",
    },
    "history.action_offer_restore": {
        "en": "brought back *{target}*",
        "nl": "zette *{target}* terug",
    },
    "history.action_offer_update": {
        "en": "corrected *{target}*",
        "nl": "corrigeerde *{target}*",
    },
    "history.action_other": {
        "en": "{action} {target}",
        "nl": "{action} {target}",
    },
    "history.action_settings_update": {
        "en": "changed the settings",
        "nl": "wijzigde de instellingen",
    },
    "history.action_workspace_install": {
        "en": "installed the app",
        "nl": "installeerde de app",
    },
    "history.action_workspace_reinstall": {
        "en": "installed the app again",
        "nl": "installeerde de app opnieuw",
    },
    "history.actor_system": {
        "en": "_{actor}_",
        "nl": "_{actor}_",
    },
    "history.empty": {
        "en": "(none)",
        "nl": "(geen)",
    },
    "history.entry": {
        "en": "*{when}* · {who} {what}",
        "nl": "*{when}* · {who} {what}",
    },
    "history.field_admin": {
        "en": "MPN partner admin",
        "nl": "MPN-partnerbeheerder",
    },
    "history.field_anniversary": {
        "en": "anniversary",
        "nl": "jubileumdatum",
    },
    "history.field_enterprise_id": {
        "en": "Enterprise Grid id",
        "nl": "Enterprise Grid-id",
    },
    "history.field_kind": {
        "en": "kind",
        "nl": "soort",
    },
    "history.field_language": {
        "en": "language",
        "nl": "taal",
    },
    "history.field_moved_to_partner_center": {
        "en": "membership moved to Partner Center",
        "nl": "lidmaatschap verhuisd naar Partner Center",
    },
    "history.field_name": {
        "en": "name",
        "nl": "naam",
    },
    "history.field_posting_hour": {
        "en": "posting hour",
        "nl": "uur van de herinneringen",
    },
    "history.field_reminder_channel": {
        "en": "reminder channel",
        "nl": "herinneringskanaal",
    },
    "history.field_renewed_on": {
        "en": "renewed on",
        "nl": "verlengd op",
    },
    "history.field_team_id": {
        "en": "workspace id",
        "nl": "workspace-id",
    },
    "history.field_time_zone": {
        "en": "time zone",
        "nl": "tijdzone",
    },
    "history.next": {
        "en": "Older",
        "nl": "Ouder",
    },
    "history.no_more": {
        "en": "No older changes.",
        "nl": "Geen oudere wijzigingen.",
    },
    "history.none": {
        "en": "Nothing has been changed yet.",
        "nl": "Er is nog niets gewijzigd.",
    },
    "history.page": {
        "en": "Changes {first}–{last}, newest first; times in {zone}.",
        "nl": "Wijzigingen {first}–{last}, nieuwste eerst; tijden in {zone}.",
    },
    "history.previous": {
        "en": "Newer",
        "nl": "Nieuwer",
    },
    "history.title": {
        "en": "History",
        "nl": "Geschiedenis",
    },
    "home.add_button": {
        "en": "Add offer",
        "nl": "Aanbieding toevoegen",
    },
    "home.admins_are": {
        "en": "MPN partner admins: {admins}. Ask them to change records.",
        "nl": "MPN-partnerbeheerders: {admins}. Vraag hen om iets te wijzigen.",
    },
    "home.admins_button": {
        "en": "Admins",
        "nl": "Beheerders",
    },
    "home.cancel": {
        "en": "Cancel",
        "nl": "Annuleren",
    },
    "home.choose_channel": {
        "en": "Next step: choose the channel where reminders are posted, under *Settings*. Until then they go by DM to the MPN partner admins.",
        "nl": "Volgende stap: kies onder *Instellingen* het kanaal waarin herinneringen komen. Tot dan gaan ze per DM naar de MPN-partnerbeheerders.",
    },
    "home.dates": {
        "en": "Anniversary {anniversary} · last day to renew {deadline} · benefits lost on {lost_on}",
        "nl": "Jubileumdatum {anniversary} · laatste dag om te verlengen {deadline} · voordelen kwijt op {lost_on}",
    },
    "home.days_left": {
        "en": "{days} left",
        "nl": "nog {days}",
    },
    "home.edit_button": {
        "en": "Edit",
        "nl": "Bewerken",
    },
    "home.extension_eligible": {
        "en": "COVID-19 extension: eligible",
        "nl": "COVID-19-uitstel: komt in aanmerking",
    },
    "home.extension_if_moved": {
        "en": "COVID-19 extension: only once the membership is in Partner Center",
        "nl": "COVID-19-uitstel: pas als het lidmaatschap in Partner Center staat",
    },
    "home.extension_not_eligible": {
        "en": "COVID-19 extension: not eligible",
        "nl": "COVID-19-uitstel: komt niet in aanmerking",
    },
    "home.history_button": {
        "en": "History",
        "nl": "Geschiedenis",
    },
    "home.import_button": {
        "en": "Import CSV",
        "nl": "CSV importeren",
    },
    "home.need_action_none": {
        "en": "Nothing needs action",
        "nl": "Niets vraagt actie",
    },
    "home.need_action_one": {
        "en": "*{count} offer needs action*",
        "nl": "*{count} aanbieding vraagt actie*",
    },
    "home.need_action_other": {
        "en": "*{count} offers need action*",
        "nl": "*{count} aanbiedingen vragen actie*",
    },
    "home.next_deadline": {
        "en": "next deadline: *{name}* on {date}",
        "nl": "eerstvolgende deadline: *{name}* op {date}",
    },
    "home.next_page": {
        "en": "Next page",
        "nl": "Volgende pagina",
    },
    "home.no_admin": {
        "en": "Nobody is an MPN partner admin in this workspace yet: nobody can change records, and reminders without a channel reach nobody. Ask a Slack workspace admin or owner to open this Home tab and become one.",
        "nl": "Er is in deze workspace nog geen MPN-partnerbeheerder: niemand kan iets wijzigen, en herinneringen zonder kanaal komen bij niemand aan. Vraag een beheerder of eigenaar van de Slack-workspace dit tabblad te openen en beheerder te worden.",
    },
    "home.offer_gone": {
        "en": "That offer isn't tracked any more (it was removed meanwhile). Nothing was changed.",
        "nl": "Die aanbieding wordt niet meer gevolgd (ze is intussen verwijderd). Er is niets gewijzigd.",
    },
    "home.open_link": {
        "en": "<{link}|Open mpn-bot> for every offer and setting.",
        "nl": "<{link}|Open mpn-bot> voor alle aanbiedingen en instellingen.",
    },
    "home.page": {
        "en": "Offers {first} to {last} of {total}",
        "nl": "Aanbiedingen {first} tot en met {last} van {total}",
    },
    "home.previous_page": {
        "en": "Previous page",
        "nl": "Vorige pagina",
    },
    "home.reminders_by_dm": {
        "en": "by DM to the MPN partner admins",
        "nl": "per DM aan de MPN-partnerbeheerders",
    },
    "home.reminders_in": {
        "en": "reminders: {channel}",
        "nl": "herinneringen: {channel}",
    },
    "home.remove_button": {
        "en": "Remove",
        "nl": "Verwijderen",
    },
    "home.removed": {
        "en": "Removed *{name}*.",
        "nl": "*{name}* verwijderd.",
    },
    "home.removed_more": {
        "en": "And {count} more removed recently: the History lists them.",
        "nl": "En nog {count} onlangs verwijderd: de Geschiedenis toont ze.",
    },
    "home.renew_button": {
        "en": "Mark renewed",
        "nl": "Markeer als verlengd",
    },
    "home.retrying_one": {
        "en": "{count} reminder could not be delivered yet; I keep trying.",
        "nl": "{count} herinnering kon nog niet worden bezorgd; ik blijf het proberen.",
    },
    "home.retrying_other": {
        "en": "{count} reminders could not be delivered yet; I keep trying.",
        "nl": "{count} herinneringen konden nog niet worden bezorgd; ik blijf het proberen.",
    },
    "home.settings_button": {
        "en": "Settings",
        "nl": "Instellingen",
    },
    "home.stale": {
        "en": "This button is out of date or not one of mine. Nothing was changed; the Home tab shows the current state.",
        "nl": "Deze knop is verouderd of niet van mij. Er is niets veranderd; het tabblad Home toont de huidige stand.",
    },
    "home.time_zone": {
        "en": "time zone: {zone}",
        "nl": "tijdzone: {zone}",
    },
    "home.title": {
        "en": "MPN renewals",
        "nl": "MPN-verlengingen",
    },
    "home.welcome": {
        "en": ":wave: I keep track of your MPN competencies and advanced specializations, post Microsoft's reminders (15 days before and 23 days after each anniversary) and tell everyone the last day to renew and the day benefits are lost. Ask me anything in a DM or with `/mpn`.",
        "nl": ":wave: Ik houd je MPN-competenties en geavanceerde specialisaties bij, plaats de herinneringen van Microsoft (15 dagen voor en 23 dagen na elke jubileumdatum) en vertel iedereen de laatste dag om te verlengen en de dag waarop de voordelen vervallen. Vraag me alles in een DM of met `/mpn`.",
    },
    "home.welcome_next_admin": {
        "en": "Next step: add your first offer with *Add offer* (or import a CSV).",
        "nl": "Volgende stap: voeg je eerste aanbieding toe met *Aanbieding toevoegen* (of importeer een CSV).",
    },
    "home.welcome_next_member": {
        "en": "The MPN partner admins ({admins}) set it up; nothing is tracked yet.",
        "nl": "De MPN-partnerbeheerders ({admins}) richten het in; er wordt nog niets gevolgd.",
    },
    "home.welcome_next_nobody": {
        "en": "An MPN partner admin sets it up. There is none yet: a Slack workspace admin or owner can become the first one on this tab.",
        "nl": "Een MPN-partnerbeheerder richt het in. Die is er nog niet: een beheerder of eigenaar van de Slack-workspace kan op dit tabblad de eerste worden.",
    },
    "home.welcome_next_owner": {
        "en": "MPN partner admins set it up. There is none yet: as a Slack workspace admin or owner you can become the first one.",
        "nl": "MPN-partnerbeheerders richten het in. Die is er nog niet: als beheerder of eigenaar van de Slack-workspace kun jij de eerste worden.",
    },
    "hour.set": {
        "en": ":white_check_mark: Reminders will be posted from {hour} ({zone}).",
        "nl": ":white_check_mark: Herinneringen worden voortaan vanaf {hour} geplaatst ({zone}).",
    },
    "hour.usage": {
        "en": "Give an hour from 0 to 23: `/mpn hour 9` posts reminders from 09:00 in the workspace's time zone.",
        "nl": "Geef een uur van 0 tot 23: met `/mpn uur 9` komen herinneringen vanaf 09:00 in de tijdzone van de workspace.",
    },
    "import.changed_meanwhile": {
        "en": "The offers changed since the preview (or this file was imported already), so nothing was imported. Here is what the file would do now.",
        "nl": "De aanbiedingen zijn gewijzigd sinds het voorbeeld (of dit bestand is al geïmporteerd), dus er is niets geïmporteerd. Dit zou het bestand nu doen.",
    },
    "import.confirm_button": {
        "en": "Import",
        "nl": "Importeren",
    },
    "import.done_add": {
        "en": "Imported: {added} added, {unchanged} already tracked.",
        "nl": "Geïmporteerd: {added} toegevoegd, {unchanged} werden al gevolgd.",
    },
    "import.done_merge": {
        "en": "Imported: {added} added, {updated} updated, {unchanged} unchanged.",
        "nl": "Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
    },
    "import.done_replace": {
        "en": "Imported: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed.",
        "nl": "Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {removed} verwijderd.",
    },
    "import.file_label": {
        "en": "Spreadsheet (CSV or Unicode text)",
        "nl": "Spreadsheet (CSV of Unicode-tekst)",
    },
    "import.file_missing": {
        "en": "I can't find that file any more (deleted, or not from this workspace): upload it again.",
        "nl": "Dat bestand kan ik niet meer vinden (verwijderd, of niet uit deze workspace): upload het opnieuw.",
    },
    "import.file_unreadable": {
        "en": "I couldn't download that file from Slack just now: try again in a moment.",
        "nl": "Het lukte me niet om dat bestand uit Slack te halen: probeer het zo nog eens.",
    },
    "import.format": {
        "en": "The first line names the columns: name, kind and anniversary (in Dutch: naam, soort, jubileumdatum), in any order. Excel's CSV works as saved, Dutch `;` files included; dates as YYYY-MM-DD are never misread.",
        "nl": "De eerste regel noemt de kolommen: naam, soort en jubileumdatum (of in het Engels name, kind, anniversary), in elke volgorde. De CSV van Excel werkt zoals opgeslagen, ook met `;`; datums als JJJJ-MM-DD worden nooit verkeerd gelezen.",
    },
    "import.intro": {
        "en": "Bring many offers in at once. You'll see what the file adds, changes and refuses per line before anything is stored; one bad line and nothing is imported.",
        "nl": "Zet veel aanbiedingen tegelijk over. Je ziet per regel wat het bestand toevoegt, wijzigt en weigert voordat er iets wordt opgeslagen; één foute regel en er wordt niets geïmporteerd.",
    },
    "import.line_added": {
        "en": "line {line}: add *{name}* ({kind}, anniversary {anniversary})",
        "nl": "regel {line}: *{name}* toevoegen ({kind}, jubileumdatum {anniversary})",
    },
    "import.line_refused": {
        "en": "line {line}: {problem}",
        "nl": "regel {line}: {problem}",
    },
    "import.line_removed": {
        "en": "remove *{name}* (not in the file)",
        "nl": "*{name}* verwijderen (staat niet in het bestand)",
    },
    "import.line_unchanged": {
        "en": "line {line}: *{name}* unchanged",
        "nl": "regel {line}: *{name}* ongewijzigd",
    },
    "import.line_updated": {
        "en": "line {line}: update *{name}*: {changes}",
        "nl": "regel {line}: *{name}* bijwerken: {changes}",
    },
    "import.mode_add": {
        "en": "Add new offers only",
        "nl": "Alleen nieuwe aanbiedingen toevoegen",
    },
    "import.mode_add_hint": {
        "en": "A line that would change a tracked offer is refused",
        "nl": "Een regel die een gevolgde aanbieding wijzigt, wordt geweigerd",
    },
    "import.mode_invalid": {
        "en": "Choose how to import.",
        "nl": "Kies hoe je wilt importeren.",
    },
    "import.mode_label": {
        "en": "How",
        "nl": "Hoe",
    },
    "import.mode_merge": {
        "en": "Add and update",
        "nl": "Toevoegen en bijwerken",
    },
    "import.mode_merge_hint": {
        "en": "Tracked offers take the file's kind and anniversary",
        "nl": "Gevolgde aanbiedingen krijgen de soort en datum uit het bestand",
    },
    "import.mode_replace": {
        "en": "Replace the whole list",
        "nl": "De hele lijst vervangen",
    },
    "import.mode_replace_hint": {
        "en": "Offers not in the file are removed",
        "nl": "Aanbiedingen die niet in het bestand staan, worden verwijderd",
    },
    "import.more_lines": {
        "en": "…and {count} more lines.",
        "nl": "…en nog {count} regels.",
    },
    "import.nothing_to_change": {
        "en": "Every offer in the file is tracked already, as it is: nothing to import.",
        "nl": "Elke aanbieding in het bestand wordt al precies zo gevolgd: niets te importeren.",
    },
    "import.offers_one": {
        "en": "{count} offer",
        "nl": "{count} aanbieding",
    },
    "import.offers_other": {
        "en": "{count} offers",
        "nl": "{count} aanbiedingen",
    },
    "import.one_file": {
        "en": "Upload one file.",
        "nl": "Upload één bestand.",
    },
    "import.preview_button": {
        "en": "Preview",
        "nl": "Voorbeeld",
    },
    "import.problem_duplicate_line": {
        "en": "“{name}” is on line {line} already (as “{existing}”)",
        "nl": "“{name}” staat al op regel {line} (als “{existing}”)",
    },
    "import.problem_duplicate_stored": {
        "en": "“{name}” is tracked already (as “{existing}”) and this line changes it: choose “Add and update” to update it",
        "nl": "“{name}” wordt al gevolgd (als “{existing}”) en deze regel wijzigt hem: kies “Toevoegen en bijwerken” om hem bij te werken",
    },
    "import.problem_formula": {
        "en": "“{name}” starts like a spreadsheet formula (=, +, -, @): names start with a letter or a digit",
        "nl": "“{name}” begint als een spreadsheetformule (=, +, -, @): namen beginnen met een letter of cijfer",
    },
    "import.problem_other": {
        "en": "this can't be imported as it is: check its name, kind and anniversary",
        "nl": "dit kan niet zo worden geïmporteerd: controleer de naam, de soort en de jubileumdatum",
    },
    "import.problem_sheet_bad_csv": {
        "en": "this line can't be read as CSV: check its quotes",
        "nl": "deze regel is geen leesbare CSV: kijk de aanhalingstekens na",
    },
    "import.problem_sheet_bad_row": {
        "en": "this line has {cells} cells, but the header names {expected} columns",
        "nl": "deze regel heeft {cells} cellen, maar de eerste regel noemt {expected} kolommen",
    },
    "import.problem_sheet_duplicate_column": {
        "en": "two columns are the {column} (“{first}” and “{second}”): keep one",
        "nl": "twee kolommen zijn de {column} (“{first}” en “{second}”): houd er één",
    },
    "import.problem_sheet_empty": {
        "en": "The file is empty: its first line must name the columns name, kind and anniversary.",
        "nl": "Het bestand is leeg: de eerste regel moet de kolommen naam, soort en jubileumdatum noemen.",
    },
    "import.problem_sheet_missing_columns": {
        "en": "The first line names no {missing} column (found: {found}): it must name name, kind and anniversary (naam, soort, jubileumdatum).",
        "nl": "De eerste regel noemt geen kolom {missing} (gevonden: {found}): hij moet naam, soort en jubileumdatum noemen (of name, kind, anniversary).",
    },
    "import.problem_sheet_not_text": {
        "en": "This isn't a text file (an Excel workbook or an image?): save it from the spreadsheet as CSV and upload that.",
        "nl": "Dit is geen tekstbestand (een Excel-werkmap of een afbeelding?): sla het in de spreadsheet op als CSV en upload dat.",
    },
    "import.problem_sheet_too_many_rows": {
        "en": "The file has more than {limit} rows, the most one import takes.",
        "nl": "Het bestand heeft meer dan {limit} regels, het maximum voor één import.",
    },
    "import.problem_sheet_unknown_column": {
        "en": "Unknown column “{column}”: the columns are name, kind and anniversary (naam, soort, jubileumdatum).",
        "nl": "Onbekende kolom “{column}”: de kolommen zijn naam, soort en jubileumdatum (name, kind, anniversary).",
    },
    "import.problem_sheet_unknown_kind": {
        "en": "the kind “{text}” is not one I know: write competency or advanced specialization",
        "nl": "de soort “{text}” ken ik niet: schrijf competentie of geavanceerde specialisatie",
    },
    "import.problem_too_big": {
        "en": "The file is {size} MB; the most is {limit} MB (a few thousand offers).",
        "nl": "Het bestand is {size} MB; het maximum is {limit} MB (een paar duizend aanbiedingen).",
    },
    "import.read_as": {
        "en": "read as {language} ({separator}-separated, {encoding})",
        "nl": "gelezen als {language} (gescheiden door {separator}, {encoding})",
    },
    "import.refused_summary_one": {
        "en": "Nothing can be imported: {count} line needs fixing first (an import is all or nothing). Fix it in the spreadsheet and upload the file again.",
        "nl": "Er kan niets worden geïmporteerd: eerst moet {count} regel worden verbeterd (een import gaat helemaal of niet). Verbeter die in de spreadsheet en upload het bestand opnieuw.",
    },
    "import.refused_summary_other": {
        "en": "Nothing can be imported: {count} lines need fixing first (an import is all or nothing). Fix them in the spreadsheet and upload the file again.",
        "nl": "Er kan niets worden geïmporteerd: eerst moeten {count} regels worden verbeterd (een import gaat helemaal of niet). Verbeter ze in de spreadsheet en upload het bestand opnieuw.",
    },
    "import.replace_empty": {
        "en": "This file has no offers, and “Replace the whole list” would remove every tracked offer: nothing changed.",
        "nl": "Dit bestand bevat geen aanbiedingen, en “De hele lijst vervangen” zou alle gevolgde aanbiedingen verwijderen: er is niets gewijzigd.",
    },
    "import.separator_tab": {
        "en": "tab",
        "nl": "tabs",
    },
    "import.stay_one": {
        "en": "{count} stays as it is",
        "nl": "{count} blijft zoals die is",
    },
    "import.stay_other": {
        "en": "{count} stay as they are",
        "nl": "{count} blijven zoals ze zijn",
    },
    "import.summary_add": {
        "en": "This file adds {added}; {unchanged}. Nothing is stored until you click Import.",
        "nl": "Dit bestand voegt {added} toe; {unchanged}. Er wordt pas iets opgeslagen als je op Importeren klikt.",
    },
    "import.summary_merge": {
        "en": "This file adds {added} and updates {updated}; {unchanged}. Nothing is stored until you click Import.",
        "nl": "Dit bestand voegt {added} toe en werkt {updated} bij; {unchanged}. Er wordt pas iets opgeslagen als je op Importeren klikt.",
    },
    "import.summary_replace": {
        "en": "This file adds {added}, updates {updated} and removes {removed}; {unchanged}. Nothing is stored until you click Import.",
        "nl": "Dit bestand voegt {added} toe, werkt {updated} bij en verwijdert {removed}; {unchanged}. Er wordt pas iets opgeslagen als je op Importeren klikt.",
    },
    "import.title": {
        "en": "Import CSV",
        "nl": "CSV importeren",
    },
    "import.tracked_already_one": {
        "en": "{count} is tracked already",
        "nl": "{count} wordt al gevolgd",
    },
    "import.tracked_already_other": {
        "en": "{count} are tracked already",
        "nl": "{count} worden al gevolgd",
    },
    "import.would_otherwise": {
        "en": "Without those lines the file would add {added}, update {updated} and remove {removed}.",
        "nl": "Zonder die regels zou het bestand {added} toevoegen, {updated} bijwerken en {removed} verwijderen.",
    },
    "install.welcome": {
        "en": "{welcome}\n\nYou installed me, so you are this workspace's first MPN partner admin. Open my *Home* tab to add your first offer (or import a CSV), choose the reminder channel and add other admins.",
        "nl": "{welcome}\n\nJij hebt me geïnstalleerd, dus jij bent de eerste MPN-partnerbeheerder van deze workspace. Open mijn tabblad *Start* om je eerste aanbieding toe te voegen (of een CSV te importeren), het kanaal voor herinneringen te kiezen en andere beheerders toe te voegen.",
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
    "modal.add_submit": {
        "en": "Add",
        "nl": "Toevoegen",
    },
    "modal.add_title": {
        "en": "Add offer",
        "nl": "Aanbieding toevoegen",
    },
    "modal.alias_taken": {
        "en": "“{alias}” already means *{offer}*. Take it out of the nicknames of *{offer}* first (Edit on the Home tab).",
        "nl": "“{alias}” betekent al *{offer}*. Haal die eerst weg bij de bijnamen van *{offer}* (Bewerken op het tabblad Start).",
    },
    "modal.aliases": {
        "en": "Nicknames",
        "nl": "Bijnamen",
    },
    "modal.aliases_hint": {
        "en": "Other names your team uses for it in DMs, separated by commas (as /mpn alias sets them).",
        "nl": "Andere namen die je team er in DM's voor gebruikt, gescheiden door komma's (zoals /mpn bijnaam ze instelt).",
    },
    "modal.anniversary": {
        "en": "Anniversary",
        "nl": "Jubileumdatum",
    },
    "modal.anniversary_hint": {
        "en": "The anniversary Partner Center shows now (Membership > Competencies).",
        "nl": "De jubileumdatum die Partner Center nu toont (Lidmaatschap > Competenties).",
    },
    "modal.close": {
        "en": "Close",
        "nl": "Sluiten",
    },
    "modal.date_missing": {
        "en": "Choose a date.",
        "nl": "Kies een datum.",
    },
    "modal.duplicate_name": {
        "en": "You already track *{existing}*; names must be unique (case and spacing don't count). To correct its date, use Edit on *{existing}* in the Home tab.",
        "nl": "*{existing}* wordt al gevolgd; namen moeten uniek zijn (hoofdletters en spaties tellen niet). Klopt de datum niet, kies dan Bewerken bij *{existing}* op het tabblad Start.",
    },
    "modal.edit_hint": {
        "en": "Correcting a mistyped anniversary is recorded as a correction, not as a renewal. To record a renewal, use Mark renewed.",
        "nl": "Een verkeerd ingevulde jubileumdatum corrigeren wordt vastgelegd als correctie, niet als verlenging. Een verlenging leg je vast met Markeer als verlengd.",
    },
    "modal.edit_submit": {
        "en": "Save",
        "nl": "Opslaan",
    },
    "modal.edit_title": {
        "en": "Edit offer",
        "nl": "Aanbieding bewerken",
    },
    "modal.kind": {
        "en": "Kind",
        "nl": "Soort",
    },
    "modal.kind_missing": {
        "en": "Choose competency or advanced specialization.",
        "nl": "Kies competentie of geavanceerde specialisatie.",
    },
    "modal.name": {
        "en": "Name",
        "nl": "Naam",
    },
    "modal.name_both": {
        "en": "Choose a name from the list or type one, not both.",
        "nl": "Kies een naam uit de lijst of typ er een, niet allebei.",
    },
    "modal.name_missing": {
        "en": "Give the offer a name.",
        "nl": "Geef de aanbieding een naam.",
    },
    "modal.name_other": {
        "en": "Another name (type it below)",
        "nl": "Een andere naam (typ hem hieronder)",
    },
    "modal.name_pick": {
        "en": "Competency",
        "nl": "Competentie",
    },
    "modal.name_pick_placeholder": {
        "en": "Choose a 2021 competency",
        "nl": "Kies een competentie van 2021",
    },
    "modal.name_typed": {
        "en": "Or another name",
        "nl": "Of een andere naam",
    },
    "modal.name_typed_hint": {
        "en": "For an advanced specialization, or a name that is not in the list.",
        "nl": "Voor een geavanceerde specialisatie, of een naam die niet in de lijst staat.",
    },
    "modal.open_failed": {
        "en": "Slack did not open the form (the click came too late or twice). Nothing was changed; click again.",
        "nl": "Slack opende het formulier niet (de klik kwam te laat of dubbel). Er is niets gewijzigd; klik nog een keer.",
    },
    "modal.renew_intro": {
        "en": "Record that *{name}* was renewed in Partner Center. Its renewal window runs from {opens} to {deadline}.",
        "nl": "Leg vast dat *{name}* in Partner Center is verlengd. De verlengingsperiode loopt van {opens} tot en met {deadline}.",
    },
    "modal.renew_submit": {
        "en": "Mark renewed",
        "nl": "Verlengd",
    },
    "modal.renew_title": {
        "en": "Mark renewed",
        "nl": "Markeer als verlengd",
    },
    "modal.renewed_on": {
        "en": "Renewed on",
        "nl": "Verlengd op",
    },
    "modal.stale": {
        "en": "This window is out of date (the offer changed since, or it is not from this workspace), so nothing was changed. Close it and open it again from the Home tab.",
        "nl": "Dit venster is verouderd (de aanbieding is intussen veranderd, of het hoort niet bij deze workspace), dus er is niets gewijzigd. Sluit het en open het opnieuw via het tabblad Start.",
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
    "settings.usage": {
        "en": "`/mpn settings` shows the settings. Each one changes with its own command: `/mpn channel #channel`, `/mpn timezone Europe/Amsterdam`, `/mpn hour 9`, `/mpn language nl`, `/mpn partner-center yes`.",
        "nl": "`/mpn instellingen` toont de instellingen. Elke instelling verander je met een eigen opdracht: `/mpn kanaal #kanaal`, `/mpn tijdzone Europe/Amsterdam`, `/mpn uur 9`, `/mpn taal en`, `/mpn partner-center ja`.",
    },
    "settings_modal.by_dm": {
        "en": "by DM to the MPN partner admins",
        "nl": "per DM aan de MPN-partnerbeheerders",
    },
    "settings_modal.changed_meanwhile": {
        "en": "Someone changed this meanwhile to {value}. Close this window and open Settings again to see the current values.",
        "nl": "Iemand heeft dit intussen gewijzigd in {value}. Sluit dit venster en open Instellingen opnieuw om de huidige waarden te zien.",
    },
    "settings_modal.channel_archived": {
        "en": "That channel is archived: reminders can't be posted there. Pick another one.",
        "nl": "Dat kanaal is gearchiveerd: daar kunnen geen herinneringen komen. Kies een ander kanaal.",
    },
    "settings_modal.channel_hint": {
        "en": "Reminders are posted here 15 days before each anniversary and 23 days after it if not renewed.",
        "nl": "Hier komen de herinneringen, 15 dagen voor elke jubileumdatum en 23 dagen erna als er nog niet verlengd is.",
    },
    "settings_modal.channel_is_dm": {
        "en": "Pick a channel, not a direct message; or tick “by DM” below.",
        "nl": "Kies een kanaal, geen privébericht; of vink hieronder “per DM” aan.",
    },
    "settings_modal.channel_label": {
        "en": "Reminder channel",
        "nl": "Kanaal voor herinneringen",
    },
    "settings_modal.channel_missing_choice": {
        "en": "Pick a channel for the reminders, or tick “by DM” below.",
        "nl": "Kies een kanaal voor de herinneringen, of vink hieronder “per DM” aan.",
    },
    "settings_modal.channel_or_dm": {
        "en": "Pick a channel or tick “by DM”, not both.",
        "nl": "Kies een kanaal of vink “per DM” aan, niet allebei.",
    },
    "settings_modal.channel_placeholder": {
        "en": "Pick a channel",
        "nl": "Kies een kanaal",
    },
    "settings_modal.channel_unknown": {
        "en": "I can't see that channel. If it is private, invite me first: type `/invite @MPN Renewals` in it.",
        "nl": "Dat kanaal kan ik niet zien. Is het privé, nodig me dan eerst uit: typ daar `/invite @MPN Renewals`.",
    },
    "settings_modal.dm_label": {
        "en": "Or",
        "nl": "Of",
    },
    "settings_modal.dm_option": {
        "en": "Post by DM to the MPN partner admins",
        "nl": "Per DM sturen aan de MPN-partnerbeheerders",
    },
    "settings_modal.hour_hint": {
        "en": "Reminders go out from this hour, in the workspace's time zone.",
        "nl": "Vanaf dit uur gaan de herinneringen de deur uit, in de tijdzone van de workspace.",
    },
    "settings_modal.hour_invalid": {
        "en": "Pick an hour from the list.",
        "nl": "Kies een uur uit de lijst.",
    },
    "settings_modal.hour_label": {
        "en": "Posting hour",
        "nl": "Tijdstip van de herinneringen",
    },
    "settings_modal.invite_me": {
        "en": "I'm not in {channel}, and a private channel can't be joined by an app: invite me with `/invite @MPN Renewals` in it, or reminders can't be posted there.",
        "nl": "Ik zit niet in {channel}, en een app kan niet zelf lid worden van een privékanaal: nodig me daar uit met `/invite @MPN Renewals`, anders kunnen er geen herinneringen komen.",
    },
    "settings_modal.join_button": {
        "en": "Join the channel",
        "nl": "Word lid van het kanaal",
    },
    "settings_modal.join_failed": {
        "en": "I couldn't join {channel} just now. Try again in a moment, or invite me with `/invite @MPN Renewals`.",
        "nl": "Het lukte me niet om lid te worden van {channel}. Probeer het zo nog eens, of nodig me uit met `/invite @MPN Renewals`.",
    },
    "settings_modal.join_not_allowed": {
        "en": "This app may not join channels by itself (its Slack permissions lack channels:join): invite me to {channel} with `/invite @MPN Renewals`.",
        "nl": "Deze app mag niet zelf lid worden van kanalen (de Slack-rechten missen channels:join): nodig me uit in {channel} met `/invite @MPN Renewals`.",
    },
    "settings_modal.joined": {
        "en": "I joined {channel}: reminders will be posted there.",
        "nl": "Ik ben lid geworden van {channel}: daar komen de herinneringen.",
    },
    "settings_modal.language_invalid": {
        "en": "Pick English or Nederlands.",
        "nl": "Kies English of Nederlands.",
    },
    "settings_modal.language_label": {
        "en": "Language of posts and replies",
        "nl": "Taal van berichten en antwoorden",
    },
    "settings_modal.not_in_channel": {
        "en": "I'm not in {channel} yet, so reminders can't be posted there. Shall I join it?",
        "nl": "Ik zit nog niet in {channel}, dus daar kunnen nog geen herinneringen komen. Zal ik lid worden?",
    },
    "settings_modal.partner_center_hint": {
        "en": "Decides whether the COVID-19 extension applies",
        "nl": "Bepaalt of het COVID-19-uitstel geldt",
    },
    "settings_modal.partner_center_label": {
        "en": "COVID-19 extension",
        "nl": "COVID-19-uitstel",
    },
    "settings_modal.partner_center_option": {
        "en": "Our MPN membership has moved to Partner Center",
        "nl": "Ons MPN-lidmaatschap is overgezet naar Partner Center",
    },
    "settings_modal.region_africa": {
        "en": "Africa",
        "nl": "Afrika",
    },
    "settings_modal.region_america": {
        "en": "America",
        "nl": "Amerika",
    },
    "settings_modal.region_antarctica": {
        "en": "Antarctica",
        "nl": "Antarctica",
    },
    "settings_modal.region_arctic": {
        "en": "Arctic",
        "nl": "Noordpoolgebied",
    },
    "settings_modal.region_asia": {
        "en": "Asia",
        "nl": "Azië",
    },
    "settings_modal.region_atlantic": {
        "en": "Atlantic",
        "nl": "Atlantische Oceaan",
    },
    "settings_modal.region_australia": {
        "en": "Australia",
        "nl": "Australië",
    },
    "settings_modal.region_europe": {
        "en": "Europe",
        "nl": "Europa",
    },
    "settings_modal.region_indian": {
        "en": "Indian Ocean",
        "nl": "Indische Oceaan",
    },
    "settings_modal.region_pacific": {
        "en": "Pacific",
        "nl": "Stille Oceaan",
    },
    "settings_modal.region_utc": {
        "en": "UTC",
        "nl": "UTC",
    },
    "settings_modal.saved": {
        "en": ":white_check_mark: Saved. The settings now:",
        "nl": ":white_check_mark: Opgeslagen. De instellingen nu:",
    },
    "settings_modal.suggested": {
        "en": "Your time zone and the current one",
        "nl": "Jouw tijdzone en de huidige",
    },
    "settings_modal.title": {
        "en": "Settings",
        "nl": "Instellingen",
    },
    "settings_modal.unchanged": {
        "en": "Nothing changed. The settings are:",
        "nl": "Er is niets gewijzigd. De instellingen zijn:",
    },
    "settings_modal.zone_invalid": {
        "en": "Pick a time zone from the list.",
        "nl": "Kies een tijdzone uit de lijst.",
    },
    "settings_modal.zone_label": {
        "en": "Time zone",
        "nl": "Tijdzone",
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
        "en": "The name contains control or text-direction characters I can't store; type it again as plain text.",
        "nl": "De naam bevat stuur- of tekstrichtingtekens die ik niet kan opslaan; typ hem opnieuw als gewone tekst.",
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
    "undo.nothing": {
        "en": "Nothing has been removed here, so there is nothing to undo. Other changes are corrected with `/mpn fix`.",
        "nl": "Hier is niets verwijderd, dus er valt niets ongedaan te maken. Andere wijzigingen corrigeer je met `/mpn corrigeer`.",
    },
    "undo.usage": {
        "en": "`/mpn undo` brings back the offer removed last; it takes no name. A wrong anniversary is corrected with `/mpn fix <name> <date>`.",
        "nl": "`/mpn herstel` zet de laatst verwijderde aanbieding terug; er hoort geen naam bij. Een verkeerde jubileumdatum corrigeer je met `/mpn corrigeer <naam> <datum>`.",
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
    "workspace_modal.close": {
        "en": "Cancel",
        "nl": "Annuleren",
    },
    "workspace_modal.done": {
        "en": "Close",
        "nl": "Sluiten",
    },
    "workspace_modal.refused_title": {
        "en": "Not possible",
        "nl": "Dat kan niet",
    },
    "workspace_modal.save": {
        "en": "Save",
        "nl": "Opslaan",
    },
    "workspace_modal.stale": {
        "en": ":warning: This window is out of date (or not from this workspace), so nothing was changed. Close it and open it again from the Home tab.",
        "nl": ":warning: Dit venster is verouderd (of hoort niet bij deze workspace), dus er is niets gewijzigd. Sluit het en open het opnieuw via het tabblad Start.",
    },
    "yes": {
        "en": "yes",
        "nl": "ja",
    },
}
