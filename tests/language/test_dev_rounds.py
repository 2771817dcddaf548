"""The development rounds (``dev_round<N>.jsonl``), each measured the same way (``dev_rounds.figures``)
against the seven offers of ``WIDE``: a table of what each round holds and the floors that stop a
regression. The figures are printed with ``-s``.

Each round was written by someone who had not read the reader and first read without tuning, as an honest
measure of how the reader generalises; since then it is development data. What each measured, before and
after it was tuned on:

Round 2. The second development round (``dev_round2.jsonl``): 320 messages written by someone who had not read the
reader, English and Dutch, 92 of them questions nothing covers (``"intent": "uncovered"``), against the
seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: the reader on main
then had intent 80.3% of 228 covered, offer 100% of 129, confident on 92 uncovered 37.0%, language 99.1%;
after the topic gate, typo, inflection, compound and courtesy work (before reading a row of it): intent
79.4%, offer 100%, confident 9.8%, language 98.8%. Since then it is development data: tune on it freely.

Round 3. The third development round (``dev_round3.jsonl``): 300 messages written by someone who had not read the
reader, 149 English and 151 Dutch, 80 of them questions nothing covers (``"intent": "uncovered"``), against
the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: the reader on main
(b4a71bf) had intent 80.5% of 220 covered, offer 92.9% of 126, confident on 80 uncovered 3.8%, language
99.3%; the reader3 branch at that moment (a30620b: common words never corrected, questions of another
shape not answered) intent 79.5%, offer 92.9%, confident 3.8%, language 99.3%. Since then it is
development data: tune on it freely (after the first tuning: intent 90.5%, offer 100%, confident 3.8%,
language 99.3%; after the reader4 branch's general evidence checks: intent 94.5%, offer 100%, confident 0%,
language 99.7%).

Round 4. The fourth development round (``dev_round4.jsonl``): 320 messages written blind by a helper who had read
only the seed, 160 English and 160 Dutch, 100 of them questions nothing covers (``"intent": "uncovered"``),
against the seven offers of ``WIDE``. Twelve uncovered rows name an offer in ``"offer"`` (the offer they
mention); the figures ignore the offer of an uncovered row.

It was first read without tuning, as an honest measure of how the reader generalises: the reader on main
(0e37bc2), as the lead measured it, had intent 91.8% of 220 covered, offer 100.0% of 141, confident on 100
uncovered 15.0%, language 99.7%; the reader4 branch at that moment (79939ba: an offer's words in front of an
unknown noun name that noun's kind) intent 91.4%, offer 100.0%, confident 14.0%, language 99.7%. Since then
it is development data: tune on it, generally (after tuning: intent 100%, offer 100%, confident 0%,
language 99.7%).

Round 5. The fifth development round (``dev_round5.jsonl``): 320 messages written blind by another helper, 160
English and 160 Dutch, 100 of them questions nothing covers (``"intent": "uncovered"``; 19 of those name
an offer in ``"offer"``, which the figures ignore), in five voices: a Flemish office manager, a formal Dutch
controller, a US sales lead writing in fragments, non-native English with typos, and a consultant who writes
long context before the question. Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main (0e37bc2) had intent 81.4% of 220 covered, offer 100.0% of 141, confident on 100
uncovered 5.0%, language 100.0%; the reader4 branch at c6343f5 intent 80.9%, offer 100.0%, confident 1.0%,
language 100.0%; and at c030f51, when it was added here, intent 82.3%, offer 100.0%, confident 1.0%,
language 100.0%. So the uncovered work generalised and the intent gains of round 4 did not. Since then it is
development data: tune on it, generally (after tuning: intent 91.8%, offer 100%, confident 1.0%, language
100%).

Round 6. The sixth development round (``dev_round6.jsonl``): 240 messages written blind by another helper who read
only the seed, 120 English and 120 Dutch, 120 of them questions nothing covers (``"intent": "uncovered"``;
14 of those name an offer in ``"offer"``, which the figures ignore). Half of the uncovered ones are ON our
own subject but ask what the bot cannot know or do: an exact fee amount, Microsoft's future decisions,
"renew it for me", a competency the workspace does not track. The covered ones are written long, as two
questions in one, as fragments, with dates inside. Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main (40c74b4) had intent 91.7% of 120 covered, offer 100.0% of 70, confident on 120
uncovered 9.2%, language 100.0%; the reader6 branch at d4aab61, when it was added here, the same: intent
91.7%, offer 100.0%, confident 9.2%, language 100.0%. Since then it is development data, tuned on by
classes (a renewal asked of the bot, a prediction, a choice the bot would make, a property of the fee, a 2021
competency not tracked here, context before the question): after tuning intent 99.2%, offer 100%, confident
0.0%, language 100%. The rows about a competency the workspace does not track keep their label "uncovered":
the reply says it is not tracked here (``bot.render.dm.untracked``) and never gives another offer's dates. The figures are
printed with ``-s``; the floors stop a regression.

Round 7. The seventh development round (``dev_round7.jsonl``): 320 messages written blind from the seed alone,
160 English and 160 Dutch, 80 of them questions nothing covers (``"intent": "uncovered"``). Against the seven
offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main (fc0b6f3) had intent 87.5% of 240 covered, offer 100.0% of 150, confident on 80
uncovered 1.2%, language 100.0%; the reader7 branch when it was added here, the same. So the subject checks
generalised and intent recall did not: phrasings never seen before missed 30 covered questions. Since then it
is development data, tuned on by classes of miss (verbs of running out, a belief stated for confirmation,
plural subjects and holidays, status and the procedure in other words, history asked as "can you check" or
"or must that still happen", conditions of losing, the pandemic without "extension", who handles the
renewals, offers to follow and anniversaries to set, thanks for the bot's overview first, "tot welke datum
hebben we X nog"; new phrasings of each class are in ``tests/language/test_intents.py`` ``ROUND7_CLASSES``):
after tuning intent 99.6% of 240, offer 100%, confident 0.0% of 80, language 100%; on the other rounds at
the same time round 3 intent 95.0% -> 96.4% and round 5 92.7% -> 95.0%, the rest unchanged.

Round 8. The eighth development round (``dev_round8.jsonl``): 320 messages written blind from the seed in new
voices (a finance controller, a terse IT engineer, a marketing person, Flemish chat from Antwerp, formal Dutch
"Graag verneem ik...", phone typing without punctuation, mixed languages), 160 English and 160 Dutch, 80 of
them questions nothing covers (``"intent": "uncovered"``). Against the seven offers of ``WIDE``.

It was kept unread as the held-out measure of rounds 7, 9 and 10's work: as the lead measured it, the reader on
main before all of it (fc0b6f3) had intent 82.5% of 240 covered, offer 100.0% of 152, confident on 80
uncovered 2.5%, language 100.0%; main with it (f411e4a, the reader10 branch when it was added here) intent
87.5%, offer 100.0%, confident 1.2%, language 100.0%. So rounds 7-10's work generalised by 5 points of intent and
halved the confident answers, and phrasings never seen still missed 30 covered questions. Since then it is
development data, tuned on by classes of miss (status as a health check, the big picture, "op een rijtje",
"everything in order"; a menu, screen or page as the place of the procedure; a cut-off, "the last day we have
X" and a day of keeping the benefits under a condition as the loss date; "went through", "is rond", paying with
"log it" as a renewal done; "laatstelijk", "so far" as history; "can we still" after the date has passed or
after "did we already blow it" as the window; implications and what disappears as the consequences; chat
"dokken" and Flemish "wa"; someone else's question relayed, "Finance needs to know", "mijn collega vraagt";
a text to write about one of ours is no offer to add; new phrasings of each class are in
``tests/language/test_intents.py`` ``ROUND8_CLASSES``, read once before the tuning: 17 of 38 right, a second
batch 4 of 10): after tuning intent 99.2% of 240, offer 100%, confident 0% of 80, language 100%; the other
rounds unchanged.

Round 9. The ninth development round (``dev_round9.jsonl``): 240 messages written blind from the seed alone,
120 English and 120 Dutch, 160 of them questions nothing covers (``"intent": "uncovered"``) that LOOK like
covered ones, to stress precision: changes typed about other things ("we renewed the office lease
yesterday", "add Jan to the channel"), dates of other things that expire (Azure subscriptions, licences,
certificates, invoices), fees, requirements, history, admins and reminders of other things, questions on our
subject the bot cannot answer, questions naming one of our offers but asking something else, and small talk
with trap words. Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main (93cf056, reader as fc0b6f3) had intent 95.0% of 80 covered, offer 100.0% of 47,
confident on 160 uncovered 7.5%, language 100.0%; the reader7 branch at 98324d8 the same. Since then it is
development data, tuned on by classes of what was answered confidently: the exact amount of the fee, a
2021 competency of one word not tracked here ("our Datacenter competency"), a task or a story asked of the
bot whose object is another thing ("can you write a LinkedIn post about our CBA status", "vertel eens een mop
over deadlines"), a reminder of another thing ("my next dentist reminder"), the Slack channel itself acted on
("mute this channel for me"), a prediction of Microsoft's, and a proposal with only a due date of another
thing ("track our ISO 27001 audit, due 1 May"); after tuning intent 96.2%, offer 100%, confident 0.0%,
language 100%.

Round 10. The tenth development round (``dev_round10.jsonl``): 320 messages written blind from the seed alone,
160 English and 160 Dutch, 80 of them questions nothing covers (``"intent": "uncovered"``), a general round:
many voices, negations, conditionals, comparisons ("which one expires first"), times relative to events,
mixed languages. Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main before round 7's work (703740d, reader as fc0b6f3) had intent 82.9% of 240 covered,
offer 99.3% of 144, confident on 80 uncovered 3.8%, language 99.4%; with round 7's work (main 2f15169, the
reader9 branch when it was added here) intent 85.4%, offer 99.3%, confident 5.0% (round 7's "lose" with a
condition answered "I'll lose my mind if ..."), language 99.4%. Since then it is development data, tuned on by
classes of miss (whether not renewing matters, "which one first", a renewal told in passing, being without an
offer or no longer getting its benefits, status in other words and after context, what can be renewed now,
whether a named person is an admin, what the bot does, what to click, renewals in a range, "confirm when that
was", what must be met to earn an offer, events as the time of a question, a role in Partner Center asked
for; new phrasings of each class are in ``tests/language/test_intents.py`` ``ROUND10_CLASSES``, read once
before the tuning: 33 of 74 right): after tuning intent 100% of 240, offer 99.3% ("ik ben developer" read
as Application Development), confident 0% of 80, language 99.4%; the other rounds unchanged.

Round 11. The eleventh development round (``dev_round11.jsonl``): 320 messages written blind from the seed as
"a fair sample of a year of DMs", 160 English and 160 Dutch, 80 of them questions nothing covers
(``"intent": "uncovered"``). Against the seven offers of ``WIDE``.

It was kept unread as the held-out measure of the work on rounds 8, 10 and the blind set's classes: as the lead
measured it, the reader on main before that work (fc0b6f3) had intent 88.8% of 240 covered, offer 100.0% of
144, confident on 80 uncovered 1.2%, language 98.8%; main with it (ce7ded0, the reader11 branch when it was
added here) intent 92.5%, offer 100.0%, confident 1.2%, language 98.8%. At the answer level (the right date
for the right offer, ``test_uncovered_replies``) 93.5% of 46 date questions on ce7ded0. Since then it is
development data, tuned on by classes of miss (thanks for a past time before a question; an earlier question
when the last one names nothing of ours: its examples "certifications, customers, ...?", "is it the same as last
year?", "Will we?"; a yes/no question relayed, "asks if", "vraagt of"; the end of a project as a time; chat "wr",
"nix", "weg"; what the bot tracks, "wat je opvolgt", as the status; "can I renew already or must I wait" as the
window; being notified, "verwittigd", as the reminders; the standing of all we hold in other words, "good on
everything", "anything red", "in general"; a benefit named by its kind, IUR or credits, lost by lapsing; the
asker back from an event; "resten" as days left; "still certified" as the offer held; Dutch words with only the
product's English nouns as Dutch; a cue word that starts another thing's name, "the cost management
dashboard"; new phrasings of each class are in ``tests/language/test_intents.py`` ``ROUND11_CLASSES``, read once
before the tuning: 26 of 49 right, negatives 33 of 35 unanswered; a second batch from the blind set's class list
32 of 33, negatives 15 of 17): after tuning intent 99.6% of 240, offer 100%, confident 0% of 80, language 99.4%
(left: a Dutch relay "bij de go-live op 15 november" whose event is read as two unknown words, and "status
kubernetes" and "help" labelled Dutch, which no reader can tell); answer level 100% of 46; round 3 96.4% ->
97.3%, the other rounds unchanged.

Round 12. The twelfth development round (``dev_round12.jsonl``): 240 messages written blind from the seed by
someone who never read the code, 120 English and 120 Dutch, 150 of them questions nothing covers
(``"intent": "uncovered"``) and 90 covered near-twins, to stress precision ON our own subject: questions that
name our offers, the fee, the reminders, Partner Center or the bot but want what no intent gives (an opinion,
our own numbers, a comparison, a why, a hypothetical Microsoft decides, the bot acting in Partner Center for
us, a word's meaning, a possibility asked as a question). Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how the reader generalises: as the lead measured
it, the reader on main (ce7ded0) had intent 97.8% of 90 covered, offer 100.0% of 50, confident on 150
uncovered 18.0%, language 100.0%. Since then it is development data, tuned on by classes of what was answered
confidently: a word's meaning asked of a noun, a hypothetical or a possibility ("in principe", "ever", "what
if Microsoft ...", "als MPN straks ..."), the programme's past or start, whether an offer still exists, a count
of what we or the bot did, how long Microsoft's processing takes, the bot acting by itself or a task done to it
(in English and with the Dutch verb last), an offer added in Partner Center (Microsoft's catalogue), an offer
named with other things one may be entitled to, and what a mark of the offer (a logo, a badge) must do; new
phrasings of each class are in ``tests/language/test_intents.py`` ``ROUND12_NEGATIVES`` and ``ROUND12_CLASSES``,
read once before the tuning: 21 of 35 negatives unanswered, 21 of 23 covered twins right. After tuning intent
100% of 90, offer 100%, confident 0% of 150, language 100%; the other rounds unchanged. Merged with round 11's
work, one row is answered (0.7%): "blijven onze IUR licenties nog even doorlopen als de silver vervalt, of
houden die meteen op?" is read as the loss date, whose reply (benefits continue through the window and end on
that day) is what the seed says of every benefit; kept as right (``test_uncovered_replies.KNOWN_DATED``).

Round 15. The fifteenth development round (``dev_round15.jsonl``): 240 messages written blind from the seed,
120 English and 120 Dutch, 160 of them questions nothing covers (``"intent": "uncovered"``) that look like
every intent but are about other things, and 80 covered; its writer filled ``"offer"`` on 25 uncovered rows
(what the message is about), which the figures ignore. Against the seven offers of ``WIDE``.

It was first read without tuning, as an honest measure of how round 12's precision work generalises: as the
lead measured it, the reader on main (f050cd2) had intent 95.0% of 80 covered, offer 100% of 44, confident on
160 uncovered 5.0%, language 100%; the reader12 branch with main merged (3d917d5) intent 96.2%, offer 100%,
confident 5.0%, language 100%: round 12's checks, about questions on our own subject, did not reach
look-alikes about other things. Since then it is development data, tuned on by classes (an anniversary that is
a team's or an event's, the bot asked to contact someone, the admins of another system, a status told rather
than asked, the new programme, someone's click in Partner Center, a question of another kind with no date
proposing no offer; Flemish "'k" with "daarnet", "the 30 days" as the window, the offers tracked asked about,
a person named before the offer; new phrasings in ``tests/language/test_intents.py`` ``ROUND15_NEGATIVES`` and
``ROUND15_CLASSES``, read once before the tuning: 16 of 18 unanswered, 17 of 19 right): after tuning intent
100% of 80, offer 100%, confident 0% of 160, language 100%; the other rounds unchanged.

Round 14. The fourteenth development round (``dev_round14.jsonl``): 320 messages written blind around the issue's
class list (offer references, Dutch grammar and chat Dutch, precedence, language, dates and ranges, new
questions, changes typed as messages), 160 English and 160 Dutch, 80 of them questions nothing covers. Against
the seven offers of ``WIDE``.

It was first read without tuning, as the honest measure of rounds 11 and 12's work: as the lead measured it,
main before that work (f050cd2) had intent 93.3% of 240 covered, offer 99.3% of 149, confident on 80 uncovered
1.2%, language 99.4%; the reader11 branch merged with main (9f33d11, the second opinion in) intent 93.3%, offer
99.3%, confident 0.0%, language 99.4%, answer level 92.9% of 42. So round 11's classes did not transfer to
round 14's phrasings. Since then it is development data, tuned on by classes of miss (courtesy before a dash
and examples after one, "hey, quick one - ...", "X - exams, references?"; "still specialized" as the offer
held; a motive not to lose an offer before "how do we renew it" is no condition of lapsing; thanks for the
reminder in Dutch before news of a renewal; Flemish "oplijsten"; "op 3 mei zetten" as the date to set, "zet je
het erin" as recording; the reminder we got as context for the days left; New Year's Eve as the end of the
year; a passive after a modal, "kan da nog verlengd worden", as renewing asked about; a day typed in numbers
as a day; new phrasings of each class in ``ROUND14_CLASSES`` in ``tests/language/test_intents.py``, read once
before tuning: 6 of 19 right, negatives 10 of 10 unanswered; later: a note that starts with "new" and the
offer adds it, a yes/no question after the context's comma, "going to drop off" as running out): after tuning
intent 99.2% of 240, offer 99.3%, confident 0%, language 99.4%, answer level 97.6% of 42; the other rounds
unchanged or up (round 5 95.5% -> 95.9%). Left: "the 23-day reminder email" read as a thing of another trade, a
due date asked after "moet dat nog verlengd worden" read as the window, "beveiligingscompetentie" not read as
Security, and "gerenewed" / "ligt Partner Center plat?" given no language.

Rounds 17 and 20. The seventeenth and twentieth development rounds (``dev_round17.jsonl``,
``dev_round20.jsonl``): 240 messages each written blind from the seed by people who never read the code, 120
English and 120 Dutch, 100 of them HARD look-alikes nothing covers (a third on our own subject asking what the
bot cannot know or do, a third other things that expire, renew, cost, have admins or reminders, a third small
talk with trap words) and 140 covered; round 17 was kept outside the repository to choose the second
opinion's thresholds, never tuned on. Against the seven offers of ``WIDE``.

As the lead measured them on main (eb0f9ce) before anyone read them: round 20 intent 95.0% of 140 covered,
offer 100% of 86, confident on 100 uncovered 4.0% (5.0% with the rules alone), language 99.6%; round 17
intent 95.7% of 140, offer 100% of 83, confident 0% (3.0% with the rules alone), language 99.6%; at the answer
level round 20 92.0% of 25, round 17 100% of 24. Since then development data, tuned on by classes of what was
answered or misread (new phrasings of each in ``tests/language/test_intents.py`` ``ROUND20_NEGATIVES`` and
``ROUND20_CLASSES``, read once before the tuning: 46 of 55 unanswered, 24 of 30 twins right; a second batch
written after the first tuning 47 of 49 unanswered, main 43; later batches 38 of 41, 36 of 40 and 17 of 18
before their own tuning): what we paid, asked in the past, is our own
spending and not the fee; an anniversary word after "your" is the bot's birthday; a date intent that asks
"who" and no time asks for a person ("I lost my badge, who do I talk to?"); what the bot keeps of what we
type (privacy, "my data" is no Data Analytics); a renewal handed to the bot by a verb of taking a task over
("sort out", "regel jij", "take care of", "in orde brengen"); "should we bother", comparatives ("goedkoper")
and "volgens jou" ask advice, and so does the best time; a tool named after an offer ("the data analytics
dashboard"); a status told ("status: tired"); and of the covered twins "remind me when X is
due" as the date, "status report" and "wat er loopt" as the status, "get X renewed" and "wat moet ik regelen
om X te verlengen" as the procedure, what was recorded asked as the history, "laatst verlengd" as the last
renewal, "fallout" as the consequences, a sign-off typed without a full stop ("... Thanks in advance, kind
regards, Jan") as courtesy. After tuning (the second opinion retrained with them; rules alone in brackets):
round 17 intent 100% (98.6%), confident 0% (0%); round 20 intent 98.6% (96.4%), confident 0% (0%); offer 100%,
language 99.6% both; answer level round 20 96.0% of 25, round 17 100%; the other rounds unchanged but round
12's language 99.6% -> 100%. Left: "which of our competencies die in Q1" ("die" is a Dutch word too),
"quick rundown of what's due, overdue and fine" read as the window, and "K8s is gerenewed" / "status?"
labelled Dutch given English or no language.

Rounds 16, 18, 19 and 22. Written blind from the seed by people who never read the code. Round 16
(``dev_round16.jsonl``): 320, a fair sample of a year of DMs, 160 Dutch, 80 uncovered; it was used only to
choose the second opinion's thresholds, never tuned on. Round 18: 320, a fair sample, 160 Dutch, 80 uncovered.
Round 19: 320, indirect phrasing (relayed questions, questions hidden in statements, "it" after naming the
offer, many date forms), 160 Dutch, 80 uncovered. Round 22: 240, mostly Dutch and Flemish chat with English
verbs inflected in Dutch, 180 Dutch, 60 uncovered. Against the seven offers of ``WIDE``.

They were first read without tuning, as an honest measure of how the reader generalises: as the lead measured
them on main (eb0f9ce, the second opinion trained without them), round 16 intent 92.5% of 240 covered, offer
100% of 144, confident 0% of 80, language 99.1%; round 18 intent 91.2% of 240, offer 100% of 146, confident 0%,
language 99.4%; round 19 intent 86.7% of 240, offer 100% of 156, confident 0%, language 100%; round 22 intent
94.4% of 180, offer 100% of 108, confident 0% of 60, language 98.8%. Since then they are development data,
tuned on by classes of miss (new phrasings of each class in ``tests/language/test_intents.py``
``ROUND18_CLASSES``, ``ROUND19_CLASSES`` and ``ROUND22_CLASSES``, read once before the tuning: 27 of 53
right; ``ROUND18_NEGATIVES`` 18 of 18 unanswered, a second batch written after the tuning 16 of 16): English
verbs in Dutch participles ("gerenewd"); news of a renewal with the bot asked to update, or one offer told
"gedaan"; the fee, requirements, the status and planning in other words ("een prijskaartje", "neertellen",
"asks of us", "eisen stelt", "stand van zaken", "wat hebben we allemaal lopen", "op de planning", "next in
line"); "gratis" as whether one pays; "still renewable" as the window; moving feasts and the builders'
holiday as times with no fixed dates; a greeting and context before a question read as context is; a question
first and remarks after it, or context before a comma inside the question sentence, read alone; a relayed
question whose object is a noun ("wants to know the procedure for ..."); a status asked for an occasion or
for the board; doubt stated as a question ("not sure if", "niet zeker, klopt dat?"); "niks doen" as not
renewing; the pandemic named as the programme's subject whoever mentioned it; "hoeveel gaat X kosten" as an
amount; "renew by when" as the due date; "hoelang nog tot de verjaardatum" as the due date; which of ours we
hold and whether still valid as the status; one offer moved to a day as its date changed; "thanks" and the
English participle as words Dutch chat uses.

After tuning, measured with the second opinion trained WITHOUT these rounds (main 5042f55's model: the rules'
own progress): round 16 intent 97.9%, round 18 97.9%, round 19 93.8%, round 22 97.2%, confident 0% on all
four, offer 100%, language 99.1%, 99.7%, 100%, 98.8% (main 5042f55 itself, reader14's work and the model's
reading of unread messages in: 94.6%, 93.3%, 87.9%, 95.6%). With the shipped model, trained with them (no
honest measure of them): 98.3%, 98.8%, 97.1%, 98.9%. Answer level (``test_uncovered_replies``, before ->
after with the model trained without them): round 16 97.8% -> 100% of 46, round 18 96.1% -> 98.0% of 51,
round 19 87.5% -> 92.5% of 40, round 22 96.7% of 30 -> 100% of 29 (the builders' holiday is now a time with
no fixed dates, so one row asks no date of its own). The other rounds unchanged but round 14's language
99.4% -> 99.7% ("k8s is vorige dinsdag gerenewed"). Left: context after the question in one sentence ("heeft
iemand X al gerenewd, ik zie niks in mijn mail", "Can u pls give overview ..., I am new in this role"), news
followed by a remark to the bot ("CBA is renewed as of today. You can stop nagging about it"), "it" after a
long context ("Our customer's tender needs proof we hold X through 1 February. Will we still have it then"),
"lukt dat vandaag nog" as the window, "rest" as time left, a Dutch participle after the offer read as a noun's
kind ("de volgende reminder voor appdev gepost"), and "status?", "help", "hey bot" labelled Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.language.reader import Intent
from tests.language.dev_messages import WIDE
from tests.language.dev_rounds import figures, read_rows


@dataclass(frozen=True)
class Round:
    number: int
    rows: int  # messages
    dutch: int
    uncovered: int  # questions nothing covers
    intent: float  # floors (confident: a ceiling)
    offer: float
    confident: float
    language: float

    @property
    def path(self) -> Path:
        return Path(__file__).with_name(f"dev_round{self.number}.jsonl")


ROUNDS = (
    Round(2, rows=320, dutch=160, uncovered=92, intent=0.985, offer=0.99, confident=0.01, language=0.99),
    Round(3, rows=300, dutch=151, uncovered=80, intent=0.97, offer=0.99, confident=0.0125, language=0.99),
    Round(4, rows=320, dutch=160, uncovered=100, intent=0.99, offer=0.99, confident=0.01, language=0.99),
    Round(5, rows=320, dutch=160, uncovered=100, intent=0.95, offer=0.99, confident=0.02, language=0.99),
    Round(6, rows=240, dutch=120, uncovered=120, intent=0.98, offer=0.99, confident=0.01, language=0.99),
    Round(7, rows=320, dutch=160, uncovered=80, intent=0.99, offer=0.99, confident=0.0125, language=0.99),
    Round(8, rows=320, dutch=160, uncovered=80, intent=0.99, offer=0.99, confident=0.0, language=0.99),
    Round(9, rows=240, dutch=120, uncovered=160, intent=0.96, offer=0.99, confident=0.0, language=0.99),
    Round(10, rows=320, dutch=160, uncovered=80, intent=0.99, offer=0.99, confident=0.0, language=0.99),
    Round(11, rows=320, dutch=160, uncovered=80, intent=0.99, offer=0.99, confident=0.0, language=0.99),
    Round(12, rows=240, dutch=120, uncovered=150, intent=0.98, offer=0.99, confident=0.007, language=0.99),
    Round(14, rows=320, dutch=160, uncovered=80, intent=0.985, offer=0.99, confident=0.0, language=0.99),
    Round(15, rows=240, dutch=120, uncovered=160, intent=0.98, offer=0.99, confident=0.0, language=0.99),
    Round(16, rows=320, dutch=160, uncovered=80, intent=0.98, offer=0.99, confident=0.0, language=0.99),
    Round(17, rows=240, dutch=120, uncovered=100, intent=0.99, offer=0.99, confident=0.0, language=0.99),
    Round(18, rows=320, dutch=160, uncovered=80, intent=0.985, offer=0.99, confident=0.0, language=0.99),
    Round(19, rows=320, dutch=160, uncovered=80, intent=0.97, offer=0.99, confident=0.0, language=0.99),
    Round(20, rows=240, dutch=120, uncovered=100, intent=0.98, offer=0.99, confident=0.0, language=0.99),
    Round(22, rows=240, dutch=180, uncovered=60, intent=0.985, offer=0.99, confident=0.0, language=0.98),
)


@pytest.mark.parametrize("round_", ROUNDS, ids=lambda r: f"round{r.number}")
def test_the_round_is_what_it_says(round_: Round) -> None:
    rows = read_rows(round_.path)
    assert len(rows) == round_.rows and len({r.id for r in rows}) == len(rows)
    assert sum(r.lang == "nl" for r in rows) == round_.dutch
    assert sum(r.intent is Intent.UNKNOWN for r in rows) == round_.uncovered
    assert {r.offer for r in rows if r.offer} <= set(WIDE)


@pytest.mark.parametrize("round_", ROUNDS, ids=lambda r: f"round{r.number}")
def test_round_figures(round_: Round) -> None:
    found = figures(read_rows(round_.path))
    print(found.line(f"round {round_.number}"))
    assert found.intent >= round_.intent
    assert found.offer >= round_.offer
    assert found.confident <= round_.confident
    assert found.language >= round_.language


def test_every_round_file_is_in_the_table() -> None:
    on_disk = {p.name for p in Path(__file__).parent.glob("dev_round*.jsonl")}
    assert on_disk == {r.path.name for r in ROUNDS}
