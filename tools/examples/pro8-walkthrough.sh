#!/usr/bin/env bash
# A PRO8 case (seed 000, praktijkonderwijs) entered after the fact from the school's paper notes, end to end
# through the logboek command line, as a new user would: the school adopts the pro8 profile, the mentor opens the
# case and records the signals (the case's content is sealed: the mentor reads it as its opener, the IB'er and the
# director by their coordinating roles), the IB'er consults the buurtcoach/jeugdconsulent, the ondersteuningsteam weighs, the mentor writes
# down the director's decision and the director confirms it with their own key, the pupil (14) and the parents
# hear of the melding beforehand, the IB'er makes it, and help follows.
#
# Usage: tools/examples/pro8-walkthrough.sh DIR   (DIR must not exist; passphrases from LOGBOEK_PASSPHRASE and
# LOGBOEK_NEW_PASSPHRASE, one for every key, or asked on the terminal; `logboek` must be on the PATH)
set -euo pipefail
# Content goes to logboek through files, never as a flag: a flag shows in the process list and the shell's history.
TEXTS=$(mktemp -d)
trap 'rm -rf "$TEXTS"' EXIT
text() { local file; file=$(mktemp "$TEXTS/text.XXXXXX"); printf '%s' "$1" > "$file"; printf '%s' "$file"; }
DIR=${1:?usage: pro8-walkthrough.sh DIR}
PAPER="dossierkast IB, map 2026-014 (verslagen mentor en IB)"
TERM_DAY=$(date -u -d '+60 days' +%F)   # the help's term lies ahead of the day this is run

logboek init "$DIR" --org "PRO8 praktijkonderwijs" --admin dir.smit --admin-name "E. Smit" --role directeur \
  --recovery-key "$DIR.recovery-key"
logboek --logbook "$DIR" actor add ib.bos --name "H. Bos" --role intern-begeleider --as dir.smit
logboek --logbook "$DIR" actor add mt.kok --name "L. Kok" --role mentor --as dir.smit
logboek --logbook "$DIR" profile adopt pro8 --reason-file "$(text "meldcode van PRO8")" --as dir.smit
export LOGBOEK_DIR=$DIR

logboek case open 2026-014 --child-ref-file "$(text "PRO-2231")" --child-name-file "$(text "Daan Jansen")" --birth-date 2012-05-10 --group-file "$(text "klas 2B")" \
  --reason-file "$(text "Zorgen van de mentor over blauwe plekken en teruggetrokken gedrag.")" --as mt.kok                      # seq 4
logboek record signal.recorded --case 2026-014 --description-file "$(text "Blauwe plek bij het linkeroog, ongeveer 3 cm.")" \
  --observed-on 2026-10-05 --kind observation --stance supports --source-kind self --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok   # 5
logboek record signal.recorded --case 2026-014 --description-file "$(text "Daan: 'Mijn vader wordt heel boos als ik te laat thuis ben.'")" \
  --observed-on 2026-10-06 --kind child-words --stance supports --source-kind self --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok   # 6
logboek record signal.recorded --case 2026-014 --description-file "$(text "Volgens moeder is Daan tegen de deurpost gelopen.")" \
  --observed-on 2026-10-07 --kind fact --stance contradicts --source-kind third-party --source-party-file "$(text "moeder")" \
  --source-date 2026-10-07 --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok                                            # 7
logboek record hypothesis.recorded --case 2026-014 --statement-file "$(text "Daan wordt thuis fysiek gestraft.")" --signals 5,6 \
  --formed-on 2026-10-07 --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok                                                                        # 8
logboek record consultation.held --case 2026-014 --kind intern-begeleider --held-on 2026-10-07 --participants mt.kok,ib.bos \
  --anonymous false --signals-discussed 5,6,7 --advice-file "$(text "Gesprek met de ouders; de IB'er consulteert de buurtcoach.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                                                                        # 9
logboek record consultation.held --case 2026-014 --kind buurtcoach-jeugdconsulent --held-on 2026-10-08 --participants ib.bos \
  --outside-participants-file "$(text "buurtcoach wijk Noord")" --outside-participants-file "$(text "jeugdconsulent gemeente")" --anonymous true \
  --advice-file "$(text "Bespreken in het ondersteuningsteam.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                        # 10
logboek record conversation.held --case 2026-014 --with parents --held-on 2026-10-12 --attendees mt.kok,ib.bos \
  --purpose-explained true --facts-presented 5,6 --reaction-file "$(text "Vader ontkent; moeder herkent de zorgen.")" \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                                                                        # 11
logboek record conversation.held --case 2026-014 --with child --held-on 2026-10-13 --attendees mt.kok --purpose-explained true \
  --facts-presented 5 --reaction-file "$(text "Daan vertelt dat zijn vader hem slaat als hij boos is.")" --parents-told-beforehand true \
  --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok                                                                        # 12
logboek record hypothesis.confirmed --case 2026-014 --hypothesis 8 --reason-file "$(text "Daan vertelde het zelf in het gesprek.")" \
  --evidence 12 --settled-on 2026-10-13 --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                                                          # 13
logboek record weighing.recorded --case 2026-014 --weighed-on 2026-10-15 --afweging1 strong-suspicion --afweging2 structural \
  --participants ib.bos,dir.smit --outside-participants-file "$(text "jeugdarts")" --outside-participants-file "$(text "buurtcoach wijk Noord")" \
  --rationale-file "$(text "Herhaald geweld door vader: structurele onveiligheid.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos   # 14
logboek record decision.recorded --case 2026-014 --question melding --answer yes --decided-on 2026-10-15 --decided-by dir.smit \
  --consulted ib.bos --outside-consulted-file "$(text "ondersteuningsteam")" --meldnorm A \
  --rationale-file "$(text "Structurele onveiligheid: melden bij Veilig Thuis.")" --recorded-from-paper-file "$(text "$PAPER")" --as mt.kok     # 15, proposed
logboek record decision.confirmed --case 2026-014 --decision 15 --confirmed-on 2026-10-15 --recorded-from-paper-file "$(text "$PAPER")" \
  --as dir.smit                                                                                                     # 16
logboek record melding.discussed --case 2026-014 --with child-and-parents --discussed true --held-on 2026-10-16 \
  --reaction-file "$(text "Daan is opgelucht; vader is boos.")" --objections-file "$(text "Vader wil geen melding.")" \
  --objections-handling-file "$(text "Bezwaar gewogen tegen de veiligheid van Daan.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos   # 17
logboek record melding.made --case 2026-014 --veilig-thuis-file "$(text "Veilig Thuis Rotterdam Rijnmond")" --made-by ib.bos \
  --made-on 2026-10-16 --anonymous false --facts 5,6,12 --other-sources-file "$(text "moeder")" \
  --school-continues-file "$(text "De mentor spreekt Daan wekelijks; de IB'er houdt contact met moeder.")" --decision 15 \
  --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                                                                        # 18
logboek record verwijsindex.weighed --case 2026-014 --registered true --weighed-on 2026-10-16 \
  --reason-file "$(text "Meerdere hulpverleners betrokken.")" --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                           # 19
logboek record veiligthuis.feedback --case 2026-014 --received-on 2026-10-21 --decision-file "$(text "Veilig Thuis start een onderzoek.")" \
  --melding 18 --recorded-from-paper-file "$(text "$PAPER")" --as ib.bos                                                           # 20
logboek record help.organised --case 2026-014 --help-text-file "$(text "Gezinsbegeleiding via het ondersteuningsteam.")" \
  --provided-by-file "$(text "ondersteuningsteam PRO8")" --case-manager-file "$(text "buurtcoach wijk Noord")" --term "$TERM_DAY" \
  --roles-and-tasks-file "$(text "Buurtcoach coördineert; mentor volgt Daan op school.")" --agreed-with-file "$(text "ouders")" --agreed-with-file "$(text "Daan")" --decision 15 \
  --starts-on "$(date -u +%F)" --as ib.bos                                                                                                       # 21
logboek record followup.recorded --case 2026-014 --observed-on "$(date -u +%F)" --effects-file "$(text "Daan komt rustiger op school.")" \
  --help-seq 21 --as mt.kok                                                                                         # 22

logboek case show 2026-014 --as ib.bos
logboek verify
