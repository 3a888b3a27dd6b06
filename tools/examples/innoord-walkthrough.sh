#!/usr/bin/env bash
# An Innoord case (seed 003: the meldcode inside the school's support route) entered after the fact from the school's
# paper notes, end to end through the logboek command line, as a new user would: the teacher opens the case and
# records what she saw and what a classmate's mother told the school by phone (the IB'er took the call; the date is
# corrected later), the IB'er consults, asks Veilig Thuis for advice and talks with the parents, where the father
# threatens the IB'er; the ZBO with its outside partners (OKA, schoolmaatschappelijk werk, the jeugdarts) weighs what
# was discussed and decides that the jeugdarts makes the melding, so that the threatened IB'er stays out of view;
# the OKT helps within a term, the ZBO evaluates it (afweging 5), the school follows up (step 6) and closes the case.
#
# Usage: tools/examples/innoord-walkthrough.sh DIR   (DIR must not exist; passphrases from LOGBOEK_PASSPHRASE and
# LOGBOEK_NEW_PASSPHRASE, one for every key, or asked on the terminal; `logboek` must be on the PATH)
set -euo pipefail
# Content goes to logboek through files, never as a flag: a flag shows in the process list and the shell's history.
TEXTS=$(mktemp -d)
trap 'rm -rf "$TEXTS"' EXIT
text() { local file; file=$(mktemp "$TEXTS/text.XXXXXX"); printf '%s' "$1" > "$file"; printf '%s' "$file"; }
DIR=${1:?usage: innoord-walkthrough.sh DIR}
PAPER="map 2026-021 in de zorgkast van de IB'er (belnotities, verslagen ZBO)"
TODAY=$(date -u +%F)

logboek init "$DIR" --org "Basisschool De Wilg (Innoord)" --admin dir.dam --admin-name "R. van Dam" --role directeur \
  --recovery-key "$DIR.recovery-key"
logboek --logbook "$DIR" actor add ib.vos --name "M. Vos" --role intern-begeleider --as dir.dam
logboek --logbook "$DIR" actor add lk.smit --name "J. Smit" --role leerkracht --as dir.dam
logboek --logbook "$DIR" actor add jgz.pel --name "dr. K. Pel (jeugdarts)" --role jgz --as dir.dam
logboek --logbook "$DIR" profile adopt innoord --reason-file "$(text "meldcode van de scholen Innoord")" --as dir.dam
export LOGBOEK_DIR=$DIR

logboek case open 2026-021 --child-ref-file "$(text "INN-4410")" --child-name-file "$(text "Sanne de Boer")" --birth-date 2017-02-10 --group-file "$(text "groep 6")" \
  --reason-file "$(text "Zorgen van de leerkracht over angstig gedrag en verhalen over ruzie thuis.")" \
  --opened-on 2026-09-14 --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit                                            # seq 5
logboek record signal.recorded --case 2026-021 --description-file "$(text "Sanne schrikt hevig van harde geluiden en komt drie keer te laat.")" \
  --observed-on 2026-09-14 --kind waarneming --stance bevestigt --source-kind zelf --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit   # 6
logboek record signal.recorded --case 2026-021 \
  --description-file "$(text "De moeder van een klasgenoot hoorde bij het ophalen geschreeuw en gehuil uit de woning van het gezin.")" \
  --observed-on 2026-09-12 --kind feit --stance bevestigt --source-kind derde \
  --source-party-file "$(text "mevr. A. Koster (moeder van een klasgenoot)")" --source-date 2026-09-17 --source-received-by ib.vos \
  --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit                                                                   # 7
logboek record signal.recorded --case 2026-021 --description-file "$(text "Sanne: 'Papa gooit met dingen als hij boos is.'")" \
  --observed-on 2026-09-18 --kind "eigen woorden" --stance bevestigt --source-kind zelf --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit  # 8
logboek record signal.recorded --case 2026-021 --description-file "$(text "Sanne vertelt over een gezellig weekend bij oma.")" \
  --observed-on 2026-09-21 --kind "eigen woorden" --stance neutraal --source-kind zelf --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit   # 9
logboek record hypothesis.recorded --case 2026-021 --statement-file "$(text "Sanne is thuis getuige van huiselijk geweld.")" --signals 6,7,8 \
  --formed-on 2026-09-18 --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                             # 10
logboek record consultation.held --case 2026-021 --kind "IB'er" --held-on 2026-09-21 --participants lk.smit,ib.vos \
  --anonymous nee --signals-discussed 6,7,8 --advice-file "$(text "Advies vragen bij Veilig Thuis; gesprek met de ouders; aanmelden bij het ZBO.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                                                    # 11
logboek record consultation.held --case 2026-021 --kind "advies Veilig Thuis" --held-on 2026-09-22 --participants ib.vos \
  --outside-participants-file "$(text "adviseur Veilig Thuis")" --anonymous ja --signals-discussed 6,7,8 \
  --advice-file "$(text "Gesprek met de ouders voeren en de zorgen in het ZBO multidisciplinair wegen.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos  # 12
logboek record conversation.held --case 2026-021 --with ouders --held-on 2026-09-24 --attendees ib.vos,lk.smit \
  --other-attendees-file "$(text "vader")" --other-attendees-file "$(text "moeder")" --purpose-explained ja --facts-presented 6,8 \
  --reaction-file "$(text "Vader ontkent, wordt boos en dreigt de IB'er iets aan te doen als zij 'instanties' inschakelt; moeder zwijgt.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                                                    # 13
logboek record hypothesis.confirmed --case 2026-021 --hypothesis 10 --reason-file "$(text "Sanne vertelde het zelf; de reactie van vader bevestigt de spanning thuis.")" \
  --evidence 8,13 --settled-on 2026-09-24 --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                            # 14
logboek record note.recorded --case 2026-021 --text-file "$(text "Vader belde de IB'er en herhaalde zijn dreigement; de directeur is ingelicht.")" \
  --contact-on 2026-09-25 --contacts-file "$(text "vader")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                           # 15
logboek record information.shared --case 2026-021 --shared-by ib.vos --recipient-actor dir.dam \
  --recipient-party-file "$(text "ZBO=ZBO De Wilg")" --shared-on 2026-09-25 --means e-mail --events 6,7,8,11,12,13,15 \
  --about-file "$(text "Aanmelding voor het ZBO met de signalen, de adviezen en het gesprek met de ouders.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos  # 16
logboek case grant jgz.pel --case 2026-021 --reason-file "$(text "De jeugdarts weegt mee in het ZBO en doet de melding.")" \
  --granted-on 2026-09-29 --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                            # 17
logboek record weighing.recorded --case 2026-021 --weighed-on 2026-09-29 --afweging1 "sterk vermoeden" \
  --afweging2 "structurele onveiligheid" --forum ZBO --participants ib.vos,dir.dam,jgz.pel \
  --outside-participants-file "$(text "OKA (Ouder-Kind-Adviseur)")" --outside-participants-file "$(text "schoolmaatschappelijk werker")" \
  --discussed 6,7,8,9,11,12,13,15 \
  --rationale-file "$(text "Herhaald geweld tussen de ouders waar Sanne bij is, en een vader die dreigt: structurele onveiligheid.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                                                    # 18
logboek record decision.recorded --case 2026-021 --question melden --answer ja --decided-on 2026-09-29 --decided-by dir.dam \
  --consulted ib.vos,jgz.pel --outside-consulted-file "$(text "OKA (Ouder-Kind-Adviseur)")" --outside-consulted-file "$(text "schoolmaatschappelijk werker")" \
  --forum ZBO --melder-file "$(text "jgz.pel")" --informs-parents-file "$(text "de directeur samen met de OKA")" --meldnorm A \
  --rationale-file "$(text "Structurele onveiligheid: melden. De jeugdarts meldt, zodat de bedreigde IB'er buiten beeld blijft.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as dir.dam                                                                   # 19
logboek record melding.discussed --case 2026-021 --with ouders --discussed nee --held-on 2026-09-29 \
  --skip-reason "veiligheid beroepskracht" \
  --explanation-file "$(text "Vader bedreigde de IB'er; de directeur en de OKA informeren de ouders direct na de melding.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                                                    # 20
logboek record melding.made --case 2026-021 --veilig-thuis-file "$(text "Veilig Thuis IJsselland")" --made-by jgz.pel --made-on 2026-09-29 \
  --anonymous nee --facts 6,7,8,13 --other-sources-file "$(text "mevr. A. Koster, moeder van een klasgenoot")" \
  --school-continues-file "$(text "De leerkracht volgt Sanne dagelijks; de IB'er bespreekt haar in elk ZBO.")" --decision 19 \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                                                    # 21
logboek record parents.informed --case 2026-021 --about-file "$(text "De melding bij Veilig Thuis en de hulp van het OKT.")" --informed-by dir.dam \
  --informed-on 2026-09-30 --events 21 --recorded-from-paper-file "$(text "$PAPER")" --as dir.dam                              # 22
logboek record veiligthuis.feedback --case 2026-021 --received-on 2026-10-05 \
  --decision-file "$(text "Veilig Thuis legt de veiligheid vast met de ouders; het OKT biedt hulp.")" --melding 21 --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos  # 23
logboek record help.organised --case 2026-021 --help-text-file "$(text "Gezinsondersteuning door het Ouder-Kind-Team, met een veiligheidsplan.")" \
  --provided-by-file "$(text "Ouder-Kind-Team (OKT)")" --case-manager-file "$(text "OKA (Ouder-Kind-Adviseur)")" --starts-on 2026-10-07 --term 2026-11-18 \
  --roles-and-tasks-file "$(text "De OKA coördineert; de leerkracht volgt Sanne op school; het ZBO evalueert.")" \
  --agreed-with-file "$(text "ouders")" --agreed-with-file "$(text "Veilig Thuis IJsselland")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos       # 24
logboek record record.corrected --case 2026-021 --corrects 7 --field-file "$(text "source.date")" --value-file "$(text "2026-09-16")" \
  --correction-file "$(text "Mevr. Koster belde op 16 september, niet op 17 september.")" --reason-file "$(text "Datum verkeerd overgenomen van de belnotitie.")" \
  --corrected-on "$TODAY" --as ib.vos                                                                           # 25
logboek record help.evaluated --case 2026-021 --help-seq 24 --evaluated-on 2026-11-18 --result-reached ja \
  --explanation-file "$(text "Geen nieuwe incidenten; Sanne is rustiger en komt op tijd.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos   # 26
logboek record decision.recorded --case 2026-021 --question "afweging 5" --answer ja --decided-on 2026-11-18 --decided-by dir.dam \
  --consulted ib.vos,jgz.pel --outside-consulted-file "$(text "OKA (Ouder-Kind-Adviseur)")" --forum ZBO \
  --rationale-file "$(text "De hulp bereikte haar doel; het ZBO sluit haar af met afspraken over monitoring.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as dir.dam                                                                   # 27
logboek record followup.recorded --case 2026-021 --observed-on 2026-11-25 \
  --effects-file "$(text "Sanne is ontspannen in de klas; de OKA houdt contact met moeder.")" --help-seq 24 --recorded-from-paper-file "$(text "$PAPER")" --as lk.smit  # 28
logboek record case.closed --case 2026-021 --reason "hulp afgerond" \
  --explanation-file "$(text "Hulp afgerond; de leerkracht en de OKA monitoren en melden nieuwe zorgen in het ZBO.")" \
  --closed-on 2026-11-27 --recorded-from-paper-file "$(text "$PAPER")" --as ib.vos                                             # 29

logboek case show 2026-021 --as ib.vos
logboek knowledge --case 2026-021 --seq 7 --as ib.vos
logboek findings --case 2026-021 --as ib.vos
logboek verify
