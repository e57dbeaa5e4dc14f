<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kapjournal/exporters/__init__.py" line="+41"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+37"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+1"/>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+1"/>
        <source>Plain text (Markdown)</source>
        <translation>Reiner Text (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+1"/>
        <source>Spreadsheet (CSV): check-ins and scores</source>
        <translation>Tabelle (CSV): Check-ins und Punktwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+1"/>
        <source>FHIR R4 (JSON) for health records</source>
        <translation>FHIR R4 (JSON) für Gesundheitsakten</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/fhir.py" line="+273"/>
        <source>%1 total score</source>
        <translation>%1 Gesamtwert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 item %2 answered &quot;%3&quot; (score %4)</source>
        <translation>%1 Item %2 beantwortet mit „%3“ (Punktwert %4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mood self-rating (0-10, 10 = very good)</source>
        <translation>Selbsteinschätzung Stimmung (0–10, 10 = sehr gut)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anxiety self-rating (0-10, 10 = very strong)</source>
        <translation>Selbsteinschätzung Angst (0–10, 10 = sehr stark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy self-rating (0-10, 10 = plenty)</source>
        <translation>Selbsteinschätzung Energie (0–10, 10 = reichlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep self-rating (0-10, 10 = very well)</source>
        <translation>Selbsteinschätzung Schlaf (0–10, 10 = sehr gut)</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/html.py" line="+258"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+81"/>
        <source>Patient</source>
        <extracomment>More courses than this are one line in the header (each still has its overview). The header&apos;s label column in the &quot;qt&quot; flavor, in 96-dpi px: room for &quot;Patient&quot; and &quot;Course&quot;; wider when a language&apos;s labels need it (see ``measure``), so a German &quot;Behandlungsreihe&quot; is never broken inside the word. Qt&apos;s rich-text engine: no margins on tables via CSS, no ``border-left`` on divs, so boxes are single-cell tables. Font sizes in pt follow the paint device.</extracomment>
        <translation>Patientin/Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} courses, the first from {day}; each is in the course overview</source>
        <translation>{n} Behandlungsreihen, die erste ab {day}; jede steht im Überblick über die Behandlungsreihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Behandlungsreihen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+40"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <location line="+3"/>
        <location line="+30"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+50"/>
        <source>Course</source>
        <translation>Behandlungsreihe</translation>
    </message>
    <message>
        <location line="-40"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-30"/>
        <location filename="../../kapjournal/ui/preparation/sessions_model.py" line="+73"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+14"/>
        <location filename="../../kapjournal/summary/model.py" line="+48"/>
        <source>Safety notes</source>
        <translation>Hinweise zur Sicherheit</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+12"/>
        <location filename="../../kapjournal/summary/model.py" line="+2"/>
        <source>Course overview</source>
        <translation>Überblick über die Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+13"/>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-25"/>
        <location filename="../../kapjournal/summary/text.py" line="+31"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+30"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="+139"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+60"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+108"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+166"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="+347"/>
        <location line="+11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sessions planned in this course yet.</source>
        <translation>In dieser Behandlungsreihe sind noch keine Sitzungen geplant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <location filename="../../kapjournal/summary/model.py" line="+5"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="+369"/>
        <source>Questions for my care team</source>
        <translation>Fragen an mein Behandlungsteam</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+24"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="+26"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Severity band</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Change since first</source>
        <translation>Veränderung seit dem ersten Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Item 9</source>
        <translation>Item 9</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+15"/>
        <location filename="../../kapjournal/summary/model.py" line="-3"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="+203"/>
        <location line="+205"/>
        <source>Mood and anxiety</source>
        <translation>Stimmung und Angst</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+128"/>
        <location filename="../../kapjournal/ui/measures/settings.py" line="+45"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Mood (average)</source>
        <translation>Stimmung (Durchschnitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Anxiety (average)</source>
        <translation>Angst (Durchschnitt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <source>Check-in notes</source>
        <translation>Notizen zu Check-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <source>%1 · mood %2</source>
        <translation>%1 · Stimmung %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart of mood and anxiety over the period, with session days marked</source>
        <translation>Diagramm von Stimmung und Angst im Zeitraum, Sitzungstage markiert</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-112"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-57"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+72"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+413"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="-1"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+248"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-5"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/summary/measures.py" line="+156"/>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+2"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+132"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+115"/>
        <location filename="../../kapjournal/summary/model.py" line="-1"/>
        <source>Sessions and reflections</source>
        <translation>Sitzungen und Reflexionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+10"/>
        <source>Other shared reflections</source>
        <translation>Weitere geteilte Reflexionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+6"/>
        <source>Action steps and how they went</source>
        <translation>Handlungsschritte und wie sie gelaufen sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+5"/>
        <location filename="../../kapjournal/summary/reflections.py" line="+189"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+122"/>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="+156"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+98"/>
        <source>Action step</source>
        <translation>Handlungsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/pdf.py" line="+437"/>
        <source>Page %1 of %2</source>
        <extracomment>Space that must follow a heading on its page, as a share of the page height. ``progress(done, total)`` while the PDF is made, from the thread making it; return False to stop (:class:`Cancelled` is raised, nothing is written).</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/checkins.py" line="+102"/>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a value from %1 to %2.</source>
        <translation>Bitte geben Sie einen Wert von %1 bis %2 ein.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>A custom item must be a table.</source>
        <extracomment>The fields a person reads; ``items.&lt;language&gt;.toml`` translates them.</extracomment>
        <translation>Ein eigener Punkt muss eine Tabelle sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom item needs an id starting with &apos;custom_&apos;.</source>
        <translation>Ein eigener Punkt braucht eine id, die mit „custom_“ beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please give the item a name of up to %1 characters.</source>
        <translation>Bitte geben Sie dem Punkt einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range must be two numbers.</source>
        <translation>Der Bereich muss aus zwei Zahlen bestehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highest value must be above the lowest.</source>
        <translation>Der höchste Wert muss über dem niedrigsten liegen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../kapjournal/storage/records.py" line="+82"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-47"/>
        <source>A check-in needs a mood rating.</source>
        <translation>Ein Check-in braucht eine Angabe zur Stimmung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a whole number.</source>
        <translation>%1 braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 goes from %2 to %3.</source>
        <translation>%1 geht von %2 bis %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose up to %1 feeling words.</source>
        <translation>Bitte wählen Sie höchstens %1 Gefühlswörter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeling words are up to %1 characters.</source>
        <translation>Gefühlswörter haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra items must be a table of numbers.</source>
        <translation>Zusätzliche Punkte müssen eine Tabelle aus Zahlen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This check-in has an item the journal does not know.</source>
        <translation>Dieser Check-in enthält einen Punkt, den das Journal nicht kennt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day of session %1</source>
        <translation>Tag der Sitzung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after session %1</source>
        <translation>Tag nach Sitzung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day before session %1</source>
        <translation>Tag vor Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days before session %1</source>
        <translation>
            <numerusform>%n Tag vor Sitzung %1</numerusform>
            <numerusform>%n Tage vor Sitzung %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days after the last session</source>
        <translation>
            <numerusform>%n Tag nach der letzten Sitzung</numerusform>
            <numerusform>%n Tage nach der letzten Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between courses</source>
        <translation>Zwischen zwei Behandlungsreihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside a course</source>
        <translation>Außerhalb einer Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Please choose a time of day.</source>
        <extracomment>The daily check-in reminder time is the journal setting ``prefs.CHECKINS_REMINDER`` (&quot;HH:MM&quot;, &quot;&quot; = off); read and write it with :func:`reminder_time` / :func:`set_reminder_time`.</extracomment>
        <translation>Bitte wählen Sie eine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/instruments.py" line="+61"/>
        <source>Depression</source>
        <extracomment>What a course can be for (the seed indications), asked when a course is created: id -&gt; English text (shown with :func:`kapjournal.i18n.translated`). An instrument&apos;s ``indications`` name these.</extracomment>
        <translation>Depression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTSD (post-traumatic stress)</source>
        <translation>PTBS (posttraumatische Belastungsstörung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcohol or other addiction</source>
        <translation>Alkohol oder eine andere Sucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCD (obsessive-compulsive disorder)</source>
        <translation>Zwangsstörung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic pain</source>
        <translation>Chronische Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eating disorders</source>
        <translation>Essstörungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>A %1 total of %2 is outside 0–%3.</source>
        <translation>Ein %1-Gesamtwert von %2 liegt außerhalb von 0–%3.</translation>
    </message>
    <message>
        <location line="+235"/>
        <location filename="../../kapjournal/storage/records.py" line="+11"/>
        <source>Unknown questionnaire.</source>
        <extracomment>The fields a person reads; ``&lt;id&gt;.&lt;language&gt;.toml`` gives them in the official translation (its source in ``translation_source``). Scores and bands never change. The order instruments are shown in; any other shipped one follows by file name.</extracomment>
        <translation>Unbekannter Fragebogen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has %2 items, not %3.</source>
        <translation>%1 hat %2 Fragen, nicht %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every %1 answer goes from %2 to %3.</source>
        <translation>Jede Antwort im %1 geht von %2 bis %3.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Please answer every %1 item before saving.</source>
        <translation>Bitte beantworten Sie vor dem Speichern jede Frage des %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no difficulty question.</source>
        <translation>%1 hat keine Frage nach den Schwierigkeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difficulty answer is outside its options.</source>
        <translation>Die Antwort zu den Schwierigkeiten liegt außerhalb der möglichen Antworten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Before your first session of this course</source>
        <extracomment>Reason ids returned by :func:`due_on` with their English text (shown with :func:`kapjournal.i18n.translated`). ``%1`` is the session number within its course.</extracomment>
        <translation>Vor Ihrer ersten Sitzung dieser Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before session %1</source>
        <translation>Vor Sitzung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your weekly check during the course</source>
        <translation>Ihre wöchentliche Einschätzung während der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the course</source>
        <translation>Am Ende der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weeks after the course</source>
        <translation>Zwei Wochen nach der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks after the course</source>
        <translation>Vier Wochen nach der Behandlungsreihe</translation>
    </message>
    <message>
        <location filename="../../kapjournal/reflection/after_session.py" line="+59"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+117"/>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="-112"/>
        <source>Three-minute breathing space</source>
        <extracomment>Kinds whose default the Settings page offers to change.</extracomment>
        <translation>Dreiminütiger Atemraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+44"/>
        <source>Body scan</source>
        <translation>Body-Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting meditation</source>
        <translation>Sitzmeditation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindful walking</source>
        <translation>Achtsames Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other practice</source>
        <translation>Andere Übung</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../kapjournal/storage/records.py" line="-8"/>
        <source>Unknown kind of entry.</source>
        <translation>Unbekannte Art von Eintrag.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../kapjournal/storage/values.py" line="+20"/>
        <source>Times must carry a time zone.</source>
        <translation>Zeitangaben brauchen eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+29"/>
        <source>Unknown integration step.</source>
        <translation>Unbekannter Integrationsschritt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>These questions are not for an integration reflection.</source>
        <translation>Diese Fragen sind nicht für eine Integrationsreflexion gedacht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An action step needs a few words.</source>
        <translation>Ein Handlungsschritt braucht ein paar Worte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An action step is at most %1 characters.</source>
        <translation>Ein Handlungsschritt hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../kapjournal/storage/records.py" line="+2"/>
        <source>Unknown action-step status.</source>
        <translation>Unbekannter Status des Handlungsschritts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This action step no longer exists.</source>
        <translation>Diesen Handlungsschritt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>A thought record holds at most %1 moods.</source>
        <translation>Ein Gedankenprotokoll enthält höchstens %1 Gefühle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thought record holds at most %1 thoughts.</source>
        <translation>Ein Gedankenprotokoll enthält höchstens %1 Gedanken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood ratings go from 0 to 100.</source>
        <translation>Die Stärke der Gefühle geht von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belief goes from 0 to 100.</source>
        <translation>Die Überzeugung geht von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown kind of practice note.</source>
        <translation>Unbekannte Art von Übungsnotiz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown practice.</source>
        <translation>Unbekannte Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes go from 0 to 1440.</source>
        <translation>Die Minuten gehen von 0 bis 1440.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/measures.py" line="-14"/>
        <source>Check-in — %1: mood %2</source>
        <translation>Check-in – %1: Stimmung %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, anxiety %1</source>
        <translation>, Angst %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “%1”.</source>
        <translation>PHQ-9 Item 9 (Gedanken, dass man lieber tot wäre oder sich Leid zufügen möchte) beantwortet mit „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in at the lowest mood (%1 of 10).</source>
        <translation>Check-in mit der niedrigsten Stimmung (%1 von 10).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the safety page showed at the time was not recorded.</source>
        <translation>Was die Hilfeseite damals zeigte, wurde nicht festgehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The safety page showed the emergency number only (%1).</source>
        <translation>Die Hilfeseite zeigte nur die Notrufnummer (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety page showed only the advice to call the local emergency number.</source>
        <translation>Die Hilfeseite zeigte nur den Rat, den örtlichen Notruf anzurufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crisis line %1 %2</source>
        <translation>Krisentelefon %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no crisis line</source>
        <translation>kein Krisentelefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emergency number %1</source>
        <translation>Notrufnummer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the advice to call the local emergency number</source>
        <translation>den Rat, den örtlichen Notruf anzurufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the care team&apos;s contact</source>
        <translation>den Kontakt zum Behandlungsteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety page showed: %1.</source>
        <translation>Die Hilfeseite zeigte: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n check-ins on %1 of %2 days.</source>
        <translation>
            <numerusform>%n Check-in an %1 von %2 Tagen.</numerusform>
            <numerusform>%n Check-ins an %1 von %2 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood %1 of 10 (10 = very good); average anxiety %2 of 10 (10 = very strong).</source>
        <translation>Stimmung im Durchschnitt %1 von 10 (10 = sehr gut); Angst im Durchschnitt %2 von 10 (10 = sehr stark).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lowest mood %1 on %2; highest %3 on %4.</source>
        <translation>Niedrigste Stimmung %1 am %2; höchste %3 am %4.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/model.py" line="-2"/>
        <location filename="../../kapjournal/summary/safety_plan.py" line="+38"/>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="+257"/>
        <location line="+81"/>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="+55"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Summary for my care team</source>
        <translation>Zusammenfassung für mein Behandlungsteam</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/ranges.py" line="+19"/>
        <source>Whole course</source>
        <translation>Ganze Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last session</source>
        <translation>Seit der letzten Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates</source>
        <translation>Daten wählen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/reflections.py" line="-90"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+43"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+64"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-119"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+48"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (on a scale of %2 to %3)</source>
        <translation>%1 (auf einer Skala von %2 bis %3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>before the next session</source>
        <translation>vor der nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day after</source>
        <translation>1 Tag danach</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n Tag danach</numerusform>
            <numerusform>%n Tage danach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+133"/>
        <source>for session %1</source>
        <translation>für Sitzung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/text.py" line="-16"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+214"/>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="+36"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="-11"/>
        <source>Intention</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening after</source>
        <translation>Am Abend danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration reflection</source>
        <translation>Integrationsreflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+3"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+64"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-44"/>
        <source>Thought record</source>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+81"/>
        <source>Mindfulness practice</source>
        <translation>Achtsamkeitsübung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+54"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+2"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="-222"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="-47"/>
        <source>Ketamine session</source>
        <translation>Ketamin-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapy session</source>
        <translation>Therapiesitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+2"/>
        <source>Integration session</source>
        <translation>Integrationssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rTMS session</source>
        <translation>rTMS-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurofeedback session</source>
        <translation>Neurofeedback-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypnotherapy session</source>
        <translation>Sitzung Hypnotherapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodywork session</source>
        <translation>Sitzung Körperarbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took place</source>
        <translation>fand statt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PDF also holds the same data as FHIR JSON and CSV files: open your PDF reader&apos;s attachments panel to find them.</source>
        <translation>Dieses PDF enthält dieselben Daten auch als FHIR-JSON- und als CSV-Datei. Sie finden sie in Ihrem PDF-Programm unter „Anhänge“.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Written and chosen by the patient in KAP Journal. Questionnaire scores are self-reported snapshots to discuss together, not a diagnosis.</source>
        <extracomment>Fixed sentences shared by every renderer (shown with :func:`kapjournal.i18n.translated`).</extracomment>
        <translation>Von der Patientin oder dem Patienten in KAP Journal geschrieben und ausgewählt. Die Punktwerte der Fragebögen sind Selbstauskünfte, Momentaufnahmen zum gemeinsamen Besprechen, keine Diagnose.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown first so they are not missed. KAP Journal alerts nobody; each note says what its safety page showed the patient at the time.</source>
        <translation>Zuerst gezeigt, damit sie nicht übersehen werden. KAP Journal alarmiert niemanden; jeder Hinweis sagt, was die Hilfeseite der Patientin oder dem Patienten damals zeigte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PHQ-9: 0–27 (depression). GAD-7: 0–21 (anxiety). Change is against the first score of the same questionnaire in this period. Item 9 of the PHQ-9 asks about thoughts of being better off dead or of self-harm (0 = not at all, 3 = nearly every day).</source>
        <translation>PHQ-9: 0–27 (Depressivität). GAD-7: 0–21 (Angst). Die Veränderung bezieht sich auf den ersten Wert desselben Fragebogens in diesem Zeitraum. Item 9 des PHQ-9 fragt nach Gedanken, dass man lieber tot wäre oder sich Leid zufügen möchte (0 = überhaupt nicht, 3 = beinahe jeden Tag).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made with KAP Journal on the patient&apos;s own computer. This file is not encrypted. It contains only what the patient chose to share.</source>
        <translation>Erstellt mit KAP Journal auf dem eigenen Computer der Patientin oder des Patienten. Diese Datei ist nicht verschlüsselt. Sie enthält nur, was die Patientin oder der Patient teilen wollte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing shared for this period</source>
        <translation>Für diesen Zeitraum nichts geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries, check-ins or questionnaires were shared for these dates. Entries appear here when they are marked “Share with my therapist”.</source>
        <translation>Für diese Daten wurden keine Einträge, Check-ins oder Fragebögen geteilt. Einträge erscheinen hier, wenn sie mit „Mit meinem Behandlungsteam teilen“ markiert sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+27"/>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QLocale)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+19"/>
        <source>ddd d MMM yyyy</source>
        <comment>date with weekday format (Qt QLocale)</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="-85"/>
        <source>MMM yyyy</source>
        <comment>month format (Qt QLocale)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+28"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+56"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first</source>
        <translation>erster Wert</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/country.py" line="+30"/>
        <source>Help near you</source>
        <translation>Hilfe in Ihrer Nähe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which country are you in?</source>
        <translation>In welchem Land sind Sie?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So that “Need help now?” shows the crisis lines and emergency number where you are. This stays on this computer, outside your journal.</source>
        <translation>Damit „Brauchen Sie jetzt Hilfe?“ die Krisentelefone und die Notrufnummer dort zeigt, wo Sie sind. Das bleibt auf diesem Computer, außerhalb Ihres Journals.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change it at any time on the “Need help now?” page.</source>
        <translation>Sie können es jederzeit auf der Seite „Brauchen Sie jetzt Hilfe?“ ändern.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/safety_plan.py" line="+62"/>
        <source>Signs that a hard time may be starting</source>
        <extracomment>The parts in the order the patient writes them (the practice&apos;s order, then reasons). What the safety page shows first in a crisis, above the crisis lines. The rest, below the crisis lines, in the order a hard moment is walked through. The part the earlier free list &quot;Steps that help me&quot; became.</extracomment>
        <translation>Zeichen, dass eine schwere Zeit beginnen könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>Was ich selbst tun kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services I can contact</source>
        <translation>Fachleute und Stellen, an die ich mich wenden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reasons for living</source>
        <translation>Meine Gründe zu leben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thoughts, feelings, situations or things I do that tell me a hard moment may be coming.</source>
        <translation>Gedanken, Gefühle, Situationen oder Dinge, die ich tue, an denen ich merke, dass ein schwerer Moment kommen könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small things that help me through a hard moment by myself: a walk, music, a shower, slow breathing.</source>
        <translation>Kleine Dinge, die mir allein durch einen schweren Moment helfen: ein Spaziergang, Musik, eine Dusche, langsames Atmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Friends, family or places where I can be around others without having to explain anything.</source>
        <translation>Freunde, Familie oder Orte, an denen ich unter Menschen sein kann, ohne etwas erklären zu müssen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who I can tell that I am struggling, and how I reach them.</source>
        <translation>Wem ich sagen kann, dass es mir schlecht geht, und wie ich diese Menschen erreiche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My care team, my doctor, a crisis line, the emergency number. The crisis lines for your country are on the safety page too.</source>
        <translation>Mein Behandlungsteam, meine Ärztin oder mein Arzt, ein Krisentelefon, die Notrufnummer. Die Krisentelefone für Ihr Land stehen auch auf der Hilfeseite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I can put away, lock up or give to someone I trust for a while, and who can help with that.</source>
        <translation>Was ich wegräumen, wegschließen oder für eine Weile jemandem geben kann, dem ich vertraue, und wer mir dabei helfen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people, animals, hopes and things that matter to me and keep me going.</source>
        <translation>Die Menschen, Tiere, Hoffnungen und Dinge, die mir wichtig sind und mich weitermachen lassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A plan you write at a calm moment, for a hard one. Write a few words in each part, one per line, and leave a part empty if it does not fit you. You can change it whenever you like. It stays in your journal unless you choose to share it.</source>
        <translation>Einen Plan schreiben Sie in einem ruhigen Moment, für einen schweren. Schreiben Sie in jeden Teil ein paar Worte, eines pro Zeile, und lassen Sie einen Teil leer, wenn er nicht zu Ihnen passt. Sie können ihn jederzeit ändern. Er bleibt in Ihrem Journal, außer Sie entscheiden sich, ihn zu teilen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A plan for a hard moment</source>
        <translation>Ein Plan für einen schweren Moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you feel calm, you could write a short safety plan: a few lines about what helps you and who you can turn to. You can stop at any time.</source>
        <translation>Wenn Sie sich ruhig fühlen, könnten Sie einen kurzen Sicherheitsplan schreiben: ein paar Zeilen darüber, was Ihnen hilft und an wen Sie sich wenden können. Sie können jederzeit aufhören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write my safety plan</source>
        <translation>Meinen Sicherheitsplan schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/access/country.py" line="+3"/>
        <location filename="../../kapjournal/ui/common/restore.py" line="+275"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/country.py" line="+1"/>
        <source>Use this country</source>
        <translation>Dieses Land verwenden</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/flows.py" line="+46"/>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/keychain.py" line="+66"/>
        <source>No secure keychain is available on this computer.</source>
        <extracomment>The smallest limit among supported keychains: a Windows credential blob holds at most 2560 bytes. ``keyslots.new_device_secret`` makes 44 ASCII characters. Journal ids are UUID hex strings; anything longer than this is a caller&apos;s mistake. The trusted backends a platform can have, as (module, class). Unless keyring is configured otherwise (``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg``), keyring&apos;s choice among the trusted ones is the viable one of highest priority, so that one is found directly: discovering every installed backend plugin and probing each over D-Bus costs ~0.3 s of a command-line run and opens the same secret.</extracomment>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only keychain found stores secrets in a plain file, so KAP Journal will not use it.</source>
        <translation>Der einzige gefundene Schlüsselbund speichert Geheimnisse in einer unverschlüsselten Datei. Darum verwendet KAP Journal ihn nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not running.</source>
        <translation>Der Schlüsselbund des Systems läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/cli.py" line="+229"/>
        <location filename="../../kapjournal/storage/keychain.py" line="+1"/>
        <location filename="../../kapjournal/ui/access/flows.py" line="+29"/>
        <location filename="../../kapjournal/ui/settings/actions.py" line="+225"/>
        <source>The system keychain did not answer.</source>
        <extracomment>The recovery page was opened from Settings (a new code), not at set-up.</extracomment>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/keychain.py" line="+1"/>
        <source>The system keychain is locked. Unlock it, or type your passphrase.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn oder geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is too long for the system keychain.</source>
        <translation>Das Geheimnis ist zu lang für den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>This journal has no usable identity for the keychain.</source>
        <translation>Dieses Journal hat keine Kennung, die der Schlüsselbund verwenden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no secret to remember.</source>
        <translation>Es gibt kein Geheimnis zum Merken.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/flows.py" line="+82"/>
        <location filename="../../kapjournal/ui/main_window.py" line="+239"/>
        <source>Sample journal</source>
        <translation>Beispiel-Journal</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The key saved on this computer no longer fits this journal. Please type your passphrase.</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel passt nicht mehr zu diesem Journal. Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The system keychain did not answer. Please type your passphrase.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update the saved key?</source>
        <translation>Gespeicherten Schlüssel aktualisieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key saved on this computer was out of date. Save a new one so the journal opens without typing?</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel war veraltet. Einen neuen speichern, damit sich das Journal ohne Eingabe öffnet?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your new passphrase is set.</source>
        <translation>Ihre neue Passphrase gilt jetzt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KAP Journal keeps encrypted backups of your journal. You can put one back: the newest one is chosen, and you can choose another.</source>
        <translation>KAP Journal bewahrt verschlüsselte Sicherungen Ihres Journals auf. Sie können eine wiederherstellen: Die neueste ist ausgewählt, Sie können aber eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/pages.py" line="+47"/>
        <source>Welcome to KAP Journal</source>
        <translation>Willkommen bei KAP Journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quiet place for your preparation, your sessions and what comes after. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
        <translation>Ein ruhiger Ort für Ihre Vorbereitung, Ihre Sitzungen und die Zeit danach. Alles, was Sie schreiben, bleibt auf diesem Computer, verschlüsselt mit einer Passphrase, die nur Sie kennen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KAP Journal is not a medical device and does not replace your care team. It gives no medical or dosing advice.</source>
        <translation>KAP Journal ist kein Medizinprodukt und ersetzt nicht Ihr Behandlungsteam. Es gibt keine medizinischen Ratschläge und keine Empfehlungen zur Dosierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my journal</source>
        <translation>Mein Journal anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a separate journal filled with invented entries. Nothing of yours goes in it.</source>
        <translation>Öffnet ein eigenes Journal mit erfundenen Einträgen. Nichts von Ihnen kommt hinein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase encrypts the journal. A few unrelated words are easy to remember and hard to guess. Next you will get a recovery code, in case you ever forget it.</source>
        <translation>Ihre Passphrase verschlüsselt das Journal. Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich leicht merken, aber schwer erraten. Danach bekommen Sie einen Wiederherstellungscode, falls Sie die Passphrase einmal vergessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+78"/>
        <location line="+1"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+312"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-309"/>
        <location line="+312"/>
        <location filename="../../kapjournal/ui/common/flow.py" line="+209"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+92"/>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="-228"/>
        <location line="+14"/>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="-5"/>
        <location line="+72"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+34"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-26"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-311"/>
        <location line="+27"/>
        <source>Create journal</source>
        <translation>Journal anlegen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Anyone who can use your computer account could then open the journal.</source>
        <translation>Dann könnte jede Person, die Ihr Benutzerkonto auf diesem Computer nutzen kann, das Journal öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this code is the only way back into your journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, ist dieser Code der einzige Weg zurück in Ihr Journal. Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer. Er wird nur jetzt gezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this recovery code</source>
        <translation>Über diesen Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+233"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+46"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to a file…</source>
        <translation>In einer Datei speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To check you have kept it, type the last group of the code:</source>
        <translation>Geben Sie zur Kontrolle, dass Sie ihn aufbewahrt haben, die letzte Gruppe des Codes ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last group of the recovery code</source>
        <translation>Letzte Gruppe des Wiederherstellungscodes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have kept it — continue</source>
        <translation>Ich habe ihn aufbewahrt – weiter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That is not the last group yet. Please look again.</source>
        <translation>Das ist noch nicht die letzte Gruppe. Bitte sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>KAP Journal recovery code</source>
        <translation>Wiederherstellungscode für KAP Journal</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+12"/>
        <source>Keep this somewhere safe. With it, anyone can open your journal and set a new passphrase.</source>
        <translation>Bewahren Sie ihn sicher auf. Mit ihm kann jede Person Ihr Journal öffnen und eine neue Passphrase festlegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. Move that file somewhere safe, such as a USB stick you keep at home.</source>
        <translation>Gespeichert. Bringen Sie die Datei an einen sicheren Ort, etwa auf einen USB-Stick, den Sie zu Hause aufbewahren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Ihr Journal ist gesperrt. Geben Sie Ihre Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample journal: everything in it is invented.</source>
        <translation>Beispiel-Journal: Alles darin ist erfunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="-96"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the key saved on this computer</source>
        <translation>Mit dem auf diesem Computer gespeicherten Schlüssel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please type your passphrase.</source>
        <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+84"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Please wait… %1 s</source>
        <translation>Bitte warten… %1 s</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Use your recovery code</source>
        <translation>Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery code you kept when you created the journal, then choose a new passphrase. Your entries stay exactly as they are.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Anlegen des Journals aufbewahrt haben. Wählen Sie dann eine neue Passphrase. Ihre Einträge bleiben genau so, wie sie sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <source>Open and set new passphrase</source>
        <translation>Öffnen und neue Passphrase festlegen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Please type your recovery code.</source>
        <translation>Bitte geben Sie Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/app.py" line="+51"/>
        <source>Something went wrong just now. Please try again.</source>
        <translation>Gerade ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>KAP Journal could not start</source>
        <translation>KAP Journal konnte nicht starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KAP Journal could not start. Nothing in your journal was changed.

Details for support were saved to:
%1</source>
        <translation>KAP Journal konnte nicht starten. In Ihrem Journal wurde nichts verändert.

Details für den Support wurden hier gespeichert:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KAP Journal could not start. Nothing in your journal was changed.

The details for support could not be saved, but you can copy them.</source>
        <translation>KAP Journal konnte nicht starten. In Ihrem Journal wurde nichts verändert.

Die Details für den Support konnten nicht gespeichert werden, aber Sie können sie kopieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details hold version numbers and places in the program&apos;s code, nothing you wrote.</source>
        <translation>Die Details enthalten Versionsnummern und Stellen im Programmcode, nichts, was Sie geschrieben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy diagnostic details</source>
        <translation>Diagnosedetails kopieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The details were copied. Paste them into your message to support, then close this window.</source>
        <translation>Die Details wurden kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein und schließen Sie dann dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/charts.py" line="-2"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="-23"/>
        <source>d MMM</source>
        <comment>day and month format (Qt QLocale)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+251"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+5"/>
        <source>Mood</source>
        <comment>the check-in rating</comment>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/instruments.py" line="-468"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="-240"/>
        <location line="+240"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-9"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/charts.py" line="-215"/>
        <location line="+41"/>
        <source>%1 total</source>
        <translation>%1 Gesamtwert</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>from %1 to %2, latest %3</source>
        <translation>von %1 bis %2, zuletzt %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+149"/>
        <source>daily averages</source>
        <extracomment>Narrower than this, the PHQ-9 and GAD-7 charts stack (their band labels need room).</extracomment>
        <translation>Tagesdurchschnitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+0"/>
        <source>weekly averages</source>
        <translation>Wochendurchschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood and anxiety, %1, %2 – %3.</source>
        <translation>Stimmung und Angst, %1, %2 – %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (0 to 10) %2</source>
        <translation>%1 (0 bis 10) %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-366"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 with check-ins.</source>
        <translation>%1 %2 mit Check-ins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+3"/>
        <source>No check-ins in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Check-ins.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n session days are marked with dashed lines.</source>
        <translation>
            <numerusform>%n Sitzungstag ist mit einer gestrichelten Linie markiert.</numerusform>
            <numerusform>%n Sitzungstage sind mit gestrichelten Linien markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 totals (0 to %2), %3 – %4.</source>
        <translation>%1 Gesamtwerte (0 bis %2), %3 – %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None taken in this range.</source>
        <translation>In diesem Zeitraum keiner ausgefüllt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 taken, %2</source>
        <translation>%1 ausgefüllt, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1.</source>
        <translation>am %1.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/flow.py" line="-106"/>
        <source>%1 out of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Leave this question blank and go on</source>
        <translation>Diese Frage leer lassen und weitergehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip and finish</source>
        <translation>Überspringen und abschließen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/widgets.py" line="+143"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+9"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+93"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+114"/>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show or hide what you typed</source>
        <translation>Eingabe zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+90"/>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase feedback</source>
        <translation>Hinweise zur Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen sind noch nicht gleich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a few unrelated words you can remember, at least 10 characters.</source>
        <translation>Verwenden Sie ein paar Wörter, die nichts miteinander zu tun haben und die Sie sich merken können, mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+48"/>
        <source>Good choice.</source>
        <translation>Gute Wahl.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/errors.py" line="+18"/>
        <source>Something went wrong. Nothing you wrote was lost; please try again.</source>
        <translation>Etwas ist schiefgegangen. Nichts von dem, was Sie geschrieben haben, ist verloren. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/main_window.py" line="-157"/>
        <location filename="../../kapjournal/ui/today.py" line="+113"/>
        <source>Today</source>
        <extracomment>emitted once the journal is locked (after every feature heard it) emitted once the journal is open and every feature heard it a table changed (``FeatureHost.data_changed``)</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="+86"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;diagnostic details</source>
        <translation>&amp;Diagnosedetails kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About KAP Journal</source>
        <translation>&amp;Über KAP Journal</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sample journal (locked)</source>
        <translation>Beispiel-Journal (gesperrt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The journal is getting its new key; it stays open until that is done.</source>
        <translation>Das Journal bekommt gerade seinen neuen Schlüssel. Es bleibt geöffnet, bis das fertig ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Some of what you just wrote could not be saved (the disk may be full or the journal folder read-only). It is still on the screen.</source>
        <translation>Einiges von dem, was Sie gerade geschrieben haben, konnte nicht gespeichert werden (vielleicht ist der Datenträger voll oder der Ordner des Journals schreibgeschützt). Es ist noch auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal stayed open for now.</source>
        <translation>Das Journal ist vorerst geöffnet geblieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="+18"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the journal open so you can copy your words somewhere safe?</source>
        <translation>Das Journal offen lassen, damit Sie Ihre Worte an einen sicheren Ort kopieren können?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock anyway</source>
        <translation>Trotzdem sperren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnostic details copied</source>
        <translation>Diagnosedetails kopiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnostic details are on the clipboard. They hold version numbers and places in the program&apos;s code, nothing from your journal. You can paste them into a message to support.</source>
        <translation>Die Diagnosedetails sind in der Zwischenablage. Sie enthalten Versionsnummern und Stellen im Programmcode, nichts aus Ihrem Journal. Sie können sie in eine Nachricht an den Support einfügen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About KAP Journal</source>
        <translation>Über KAP Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KAP Journal %1

A private, encrypted journal for ketamine-assisted psychotherapy. Everything stays on this computer.

KAP Journal is not a medical device and does not replace your care team.</source>
        <translation>KAP Journal %1

Ein privates, verschlüsseltes Journal für die ketamingestützte Psychotherapie. Alles bleibt auf diesem Computer.

KAP Journal ist kein Medizinprodukt und ersetzt nicht Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+0"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+303"/>
        <source>How are you right now?</source>
        <translation>Wie geht es Ihnen gerade?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place in your course</source>
        <translation>Stelle in Ihrer Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unfinished check-in is back.</source>
        <translation>Ihr unvollständiger Check-in ist wieder da.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any feeling words? (optional)</source>
        <translation>Gefühlswörter? (freiwillig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a feeling word of your own</source>
        <translation>Ein eigenes Gefühlswort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word of your own, then Enter</source>
        <translation>Ein eigenes Wort, dann Eingabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in message</source>
        <translation>Meldung zum Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+17"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-225"/>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <source>A note, if you like (optional)</source>
        <translation>Eine Notiz, wenn Sie möchten (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <source>A note (optional)</source>
        <translation>Eine Notiz (freiwillig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feeling: %1</source>
        <translation>Gefühl: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Up to %1 feeling words.</source>
        <translation>Höchstens %1 Gefühlswörter.</translation>
    </message>
    <message>
        <location line="+170"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+207"/>
        <location filename="../../kapjournal/ui/measures/settings.py" line="+147"/>
        <location line="+21"/>
        <location line="+22"/>
        <location line="+16"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+153"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-85"/>
        <location line="+167"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+115"/>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="+178"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="+282"/>
        <location line="+26"/>
        <location line="+52"/>
        <location line="+137"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="+195"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+220"/>
        <location line="+43"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+44"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+149"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-24"/>
        <location line="+133"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. Thank you for checking in.</source>
        <translation>Gespeichert. Danke für Ihren Check-in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place in course</source>
        <translation>Stelle in der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Your check-ins</source>
        <translation>Ihre Check-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins, newest first</source>
        <translation>Check-ins, die neuesten zuerst</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-315"/>
        <source>Check-in sections</source>
        <translation>Bereiche des Check-ins</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+70"/>
        <location line="+237"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/measures.py" line="+15"/>
        <location filename="../../kapjournal/summary/model.py" line="-143"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-306"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+49"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_settings.py" line="+26"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+2"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="-135"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/crisis.py" line="+56"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+73"/>
        <location line="+308"/>
        <source>Need help now?</source>
        <extracomment>The object name of the window&apos;s &quot;Need help now?&quot; action (set by its owner).</extracomment>
        <translation>Brauchen Sie jetzt Hilfe?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves this dialog and shows crisis lines and your care team</source>
        <translation>Schließt diesen Dialog und zeigt Krisentelefone und Ihr Behandlungsteam</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-94"/>
        <source>Check-in saved. Thank you.</source>
        <translation>Check-in gespeichert. Danke.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A ten-second check-in: mood, anxiety, energy and sleep.</source>
        <translation>Ein Check-in in zehn Sekunden: Stimmung, Angst, Energie und Schlaf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+18"/>
        <source>%1 suggested</source>
        <translation>%1 vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 suggested</source>
        <translation>%1 und %2 vorgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. A few minutes about the last two weeks.</source>
        <translation>%1. Ein paar Minuten zu den letzten zwei Wochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. A few minutes of standard questions.</source>
        <translation>%1. Ein paar Minuten mit Standardfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+4"/>
        <location line="+83"/>
        <source>Start %1</source>
        <translation>%1 beginnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../kapjournal/ui/tray.py" line="+88"/>
        <source>A reminder from KAP Journal</source>
        <translation>Eine Erinnerung von KAP Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/tray.py" line="+0"/>
        <source>Open the app when you are ready.</source>
        <translation>Öffnen Sie die App, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis lines and your care team, one click away (F1)</source>
        <translation>Krisentelefone und Ihr Behandlungsteam, nur einen Klick entfernt (F1)</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="+2"/>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers by question</source>
        <translation>Antworten nach Frage</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="-399"/>
        <source>← All questionnaires</source>
        <translation>← Alle Fragebögen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to all questionnaires</source>
        <translation>Zurück zu allen Fragebögen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>One question at a time</source>
        <translation>Eine Frage nach der anderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unfinished answers are back. Nothing is scored until every question is answered.</source>
        <translation>Ihre unvollständigen Antworten sind wieder da. Ausgewertet wird erst, wenn jede Frage beantwortet ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous question</source>
        <translation>Die vorige Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next question</source>
        <translation>Die nächste Frage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questionnaire message</source>
        <translation>Meldung zum Fragebogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-147"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-340"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-80"/>
        <location line="+211"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-80"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-144"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-187"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+14"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-79"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown in English: no translation could be shipped.</source>
        <translation>Auf Englisch angezeigt: Für diesen Fragebogen konnte keine Übersetzung mitgeliefert werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>(optional)</source>
        <translation>(freiwillig)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Question %1 of %2 · %3 answered</source>
        <translation>Frage %1 von %2 · %3 beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total %1 of %2: %3</source>
        <translation>Gesamtwert %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Kept as a draft. Questions still open: %1.</source>
        <translation>Als Entwurf aufbewahrt. Noch offene Fragen: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_settings.py" line="+56"/>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="+14"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+150"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="+217"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-186"/>
        <location line="+61"/>
        <location filename="../../kapjournal/ui/reflection/settings.py" line="+103"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Short standard questionnaires, a snapshot to discuss with your care team.</source>
        <translation>Kurze Standardfragebögen, eine Momentaufnahme, die Sie mit Ihrem Behandlungsteam besprechen können.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 last taken</source>
        <translation>%1 zuletzt ausgefüllt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier answers</source>
        <translation>Frühere Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier questionnaires, newest first</source>
        <translation>Frühere Fragebögen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers of the selected questionnaire</source>
        <translation>Antworten des ausgewählten Fragebogens</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Suggested now: %1</source>
        <translation>Jetzt vorgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last taken %1</source>
        <translation>Zuletzt ausgefüllt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken yet</source>
        <translation>Noch nicht ausgefüllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="-33"/>
        <source>Call or text</source>
        <translation>Anrufen oder SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="-104"/>
        <source>← Back</source>
        <extracomment>an ISO code, or OTHER_COUNTRY</extracomment>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück, wo Sie waren (Esc)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Help for</source>
        <translation>Hilfe für</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change country: crisis lines and emergency numbers for it</source>
        <translation>Land ändern: Krisentelefone und Notrufnummern dafür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another country</source>
        <translation>Anderes Land wählen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Talk to someone now</source>
        <translation>Jetzt mit jemandem sprechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emergency number %1</source>
        <translation>Notrufnummer %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Care team phone %1</source>
        <translation>Telefon des Behandlungsteams %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Care team email</source>
        <translation>E-Mail des Behandlungsteams</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+84"/>
        <source>Edit my safety plan</source>
        <translation>Meinen Sicherheitsplan bearbeiten</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Write or change your plan, at a calm moment</source>
        <translation>Schreiben oder ändern Sie Ihren Plan in einem ruhigen Moment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your safety plan cannot be read just now. Everything else here works.</source>
        <translation>Ihr Sicherheitsplan kann gerade nicht gelesen werden. Alles andere hier funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At a calm moment you can write a short plan here, for a hard one.</source>
        <translation>In einem ruhigen Moment können Sie hier einen kurzen Plan für einen schweren schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole plan is below the crisis lines.</source>
        <translation>Der ganze Plan steht unter den Krisentelefonen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rest of my plan</source>
        <translation>Der Rest meines Plans</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A few short lists, written at a calm moment, shown first when you need help.</source>
        <translation>Ein paar kurze Listen, in einem ruhigen Moment geschrieben, die zuerst erscheinen, wenn Sie Hilfe brauchen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Help in a hard moment</source>
        <translation>Hilfe in einem schweren Moment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your country so “Need help now?” shows crisis lines near you. This choice is kept on this computer, outside the journal, so it also works when the journal is locked.</source>
        <translation>Wählen Sie Ihr Land, damit „Brauchen Sie jetzt Hilfe?“ Krisentelefone in Ihrer Nähe zeigt. Diese Wahl bleibt auf diesem Computer, außerhalb des Journals. So funktioniert sie auch, wenn das Journal gesperrt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country for crisis lines</source>
        <translation>Land für Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/settings.py" line="-198"/>
        <source>Extra items for your check-in, if they fit what you are treated for. They appear on the chart like the rest.</source>
        <translation>Zusätzliche Punkte für Ihren Check-in, wenn sie zu Ihrer Behandlung passen. Sie erscheinen im Diagramm wie die anderen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me to check in every day at</source>
        <translation>Täglich an den Check-in erinnern um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily check-in reminder</source>
        <translation>Tägliche Erinnerung an den Check-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminder says only “A reminder from KAP Journal”, never what it is about.</source>
        <translation>Die Erinnerung sagt nur „Eine Erinnerung von KAP Journal“, nie, worum es geht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items of your own</source>
        <translation>Eigene Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own check-in items</source>
        <translation>Ihre eigenen Punkte im Check-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of a new item</source>
        <translation>Name eines neuen Punkts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Time outdoors</source>
        <translation>z. B. Zeit im Freien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest value</source>
        <translation>Niedrigster Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest value</source>
        <translation>Höchster Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in settings message</source>
        <translation>Meldung zu den Check-in-Einstellungen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Up to %1 items of your own.</source>
        <translation>Höchstens %1 eigene Punkte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added. It is on your check-in now.</source>
        <translation>Hinzugefügt. Er ist jetzt in Ihrem Check-in.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed from the check-in. Earlier values are kept.</source>
        <translation>Aus dem Check-in entfernt. Frühere Werte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-206"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-192"/>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Noticed something after a session? Note it here for your care team.</source>
        <translation>Haben Sie nach einer Sitzung etwas bemerkt? Halten Sie es hier für Ihr Behandlungsteam fest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/reflection/capture_page.py" line="+52"/>
        <location line="+1"/>
        <source>Which session</source>
        <translation>Welche Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After which session?</source>
        <translation>Nach welcher Sitzung?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long did it last?</source>
        <translation>Wie lange hat es gedauert?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted</source>
        <translation>Wie lange es gedauert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side effect message</source>
        <translation>Meldung zur Nebenwirkung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care team phone</source>
        <translation>Telefon des Behandlungsteams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier side effects</source>
        <translation>Frühere Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier side effects, newest first</source>
        <translation>Frühere Nebenwirkungen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What did you notice?</source>
        <translation>Was haben Sie bemerkt?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Describe it in a few words</source>
        <translation>Beschreiben Sie es in ein paar Worten</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood-pressure reading, if you have one</source>
        <translation>Blutdruckwert, falls Sie einen haben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How strong?</source>
        <translation>Wie stark?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please choose what you noticed.</source>
        <translation>Bitte wählen Sie, was Sie bemerkt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose how strong it was.</source>
        <translation>Bitte wählen Sie, wie stark es war.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/side_effects.py" line="+187"/>
        <source>Unknown side effect.</source>
        <extracomment>The fields a person reads; ``side_effects.&lt;language&gt;.toml`` translates them.</extracomment>
        <translation>Unbekannte Nebenwirkung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity is mild, moderate or severe (1 to 3).</source>
        <translation>Die Stärke ist leicht, mittel oder stark (1 bis 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please describe the side effect in a few words.</source>
        <translation>Bitte beschreiben Sie die Nebenwirkung in ein paar Worten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep the description under %1 characters.</source>
        <translation>Bitte halten Sie die Beschreibung unter %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duration is outside what the journal accepts.</source>
        <translation>Die Dauer liegt außerhalb dessen, was das Journal annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blood-pressure reading belongs to &apos;raised blood pressure&apos;.</source>
        <translation>Ein Blutdruckwert gehört zu „Erhöhter Blutdruck“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+9"/>
        <source>Please enter both blood-pressure numbers, or neither.</source>
        <translation>Bitte geben Sie beide Blutdruckwerte ein oder keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper number goes from %1 to %2 %3.</source>
        <translation>Der obere Wert geht von %1 bis %2 %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lower number goes from %1 to %2 %3.</source>
        <translation>Der untere Wert geht von %1 bis %2 %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper number is usually the larger one; please check.</source>
        <translation>Der obere Wert ist meist der größere. Bitte prüfen Sie das.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+70"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+23"/>
        <source>Not linked to a session</source>
        <translation>Mit keiner Sitzung verbunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="-92"/>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show as a table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart of mood and anxiety</source>
        <translation>Diagramm von Stimmung und Angst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart of %1 totals</source>
        <translation>Diagramm der %1-Gesamtwerte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trends as a table</source>
        <translation>Trends als Tabelle</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1, %2. Dashed lines mark ketamine session days.</source>
        <translation>%1, %2. Gestrichelte Linien markieren die Tage der Ketamin-Sitzungen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/widgets.py" line="+341"/>
        <source>not set</source>
        <extracomment>The roles a table cell answers with its text (shown, and read by screen readers).</extracomment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/checkins.py" line="-222"/>
        <location filename="../../kapjournal/ui/measures/widgets.py" line="+1"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="-253"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-232"/>
        <source>Removed from your list; kept here because you ticked it.</source>
        <translation>Aus Ihrer Liste entfernt; hier aufbewahrt, weil Sie ihn abgehakt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit item: %1</source>
        <translation>Punkt bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_rows.py" line="+77"/>
        <location line="+43"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove item: %1</source>
        <translation>Punkt entfernen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item text</source>
        <translation>Text des Punkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save item</source>
        <translation>Punkt speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-270"/>
        <location line="+387"/>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="+85"/>
        <source>Cancel</source>
        <extracomment>The English patterns of the date editors (date_format()/datetime_format() give the window language&apos;s).</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing the item</source>
        <translation>Bearbeiten des Punkts abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+58"/>
        <source>Before my session</source>
        <translation>Vor meiner Sitzung</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinics differ. Follow your own clinic&apos;s instructions, and change these reminders to match them.</source>
        <translation>Kliniken arbeiten unterschiedlich. Folgen Sie den Anweisungen Ihrer eigenen Klinik, und passen Sie diese Erinnerungen daran an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes to the list apply to every session; your ticks stay with each session.</source>
        <translation>Änderungen an der Liste gelten für jede Sitzung. Ihre Häkchen bleiben bei der jeweiligen Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add something your clinic asked for</source>
        <translation>Etwas hinzufügen, worum Ihre Klinik gebeten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New checklist item</source>
        <translation>Neuer Punkt der Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the item</source>
        <translation>Den Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <source>Edit the list</source>
        <translation>Die Liste bearbeiten</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Edit the checklist</source>
        <translation>Die Checkliste bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist message</source>
        <translation>Meldung zur Checkliste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What I did to prepare</source>
        <translation>Was ich zur Vorbereitung getan habe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing on the checklist was ticked for this session.</source>
        <translation>Für diese Sitzung wurde auf der Checkliste nichts abgehakt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+122"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+143"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+132"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+189"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+7"/>
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Done editing</source>
        <translation>Bearbeiten beenden</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+132"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+182"/>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Removed from your list. Sessions where you ticked it still show it.</source>
        <translation>Aus Ihrer Liste entfernt. Sitzungen, bei denen Sie ihn abgehakt haben, zeigen ihn weiterhin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write them down as they come; they can go into the summary you share.</source>
        <translation>Schreiben Sie sie auf, wie sie kommen. Sie können in die Zusammenfassung aufgenommen werden, die Sie teilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No questions yet.</source>
        <translation>Noch keine Fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New question for my care team</source>
        <translation>Neue Frage an mein Behandlungsteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question for my care team…</source>
        <translation>Eine Frage an mein Behandlungsteam…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions message</source>
        <translation>Meldung zu den Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the question</source>
        <translation>Die Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/common.py" line="-15"/>
        <source>Psychotherapy</source>
        <translation>Psychotherapie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rTMS</source>
        <translation>rTMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurofeedback</source>
        <translation>Neurofeedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypnotherapy</source>
        <translation>Hypnotherapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-oriented therapy</source>
        <translation>Körperorientierte Therapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other appointment</source>
        <translation>Anderer Termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the clinic</source>
        <translation>In der Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-352"/>
        <source>Your course</source>
        <translation>Ihre Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-248"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+14"/>
        <source>Set up your course</source>
        <translation>Ihre Behandlungsreihe einrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in what you know; everything can be changed later. Nothing here leaves your computer.</source>
        <translation>Tragen Sie ein, was Sie wissen. Alles lässt sich später ändern. Nichts davon verlässt Ihren Computer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create course</source>
        <translation>Behandlungsreihe anlegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About the course</source>
        <translation>Zur Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the course</source>
        <translation>Name der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example: First course</source>
        <translation>Zum Beispiel: Erste Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Where you have your sessions</source>
        <translation>Wo Sie Ihre Sitzungen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care-team contact</source>
        <translation>Kontakt zum Behandlungsteam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care-team phone</source>
        <translation>Telefon des Behandlungsteams</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Care-team e-mail</source>
        <translation>E-Mail des Behandlungsteams</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Date of the first session</source>
        <translation>Datum der ersten Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (optional)</source>
        <translation>Name (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A typical course has three sessions within about two weeks, two to four days apart, sometimes with a fourth. Change each date and time to match what your clinic gave you.</source>
        <translation>Eine typische Behandlungsreihe hat drei Sitzungen in etwa zwei Wochen, im Abstand von zwei bis vier Tagen, manchmal mit einer vierten. Passen Sie jedes Datum und jede Uhrzeit an das an, was Ihnen Ihre Klinik gesagt hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usual time of day</source>
        <translation>Übliche Tageszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust any session below:</source>
        <translation>Passen Sie unten jede Sitzung nach Bedarf an:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session %1: date and time</source>
        <translation>Sitzung %1: Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A fourth session</source>
        <translation>Eine vierte Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a fourth session</source>
        <translation>Eine vierte Sitzung hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the sessions take place</source>
        <translation>Wo die Sitzungen stattfinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <location line="+16"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Session %1 is in the past. That is fine if you are writing down an earlier course.</source>
        <translation>Sitzung %1 liegt in der Vergangenheit. Das ist in Ordnung, wenn Sie eine frühere Behandlungsreihe eintragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessions %1 and %2 are at the same time.</source>
        <translation>Die Sitzungen %1 und %2 sind zur selben Zeit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+9"/>
        <source>Add a session</source>
        <translation>Eine Sitzung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+9"/>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of session</source>
        <translation>Art der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route (optional)</source>
        <translation>Verabreichung (freiwillig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only if you want to note it, as your clinic calls it</source>
        <translation>Nur wenn Sie es festhalten möchten, so wie Ihre Klinik es nennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-194"/>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="+60"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not noted</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasts</source>
        <translation>Wie lange sie dauert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+43"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Verabreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This time is in the past. You can keep it, or mark the session done.</source>
        <translation>Diese Zeit liegt in der Vergangenheit. Sie können sie so lassen oder die Sitzung als erledigt markieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This overlaps another appointment (%1, %2).</source>
        <translation>Das überschneidet sich mit einem anderen Termin (%1, %2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this session from your plan?</source>
        <translation>Diese Sitzung aus Ihrem Plan löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote {0} entries for this session (an intention, notes or questions). Keep them in your journal, or remove them with the session?</source>
        <translation>Sie haben {0} Einträge zu dieser Sitzung geschrieben (eine Absicht, Notizen oder Fragen). Sollen sie in Ihrem Journal bleiben oder mit der Sitzung entfernt werden?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this course?</source>
        <translation>Diese Behandlungsreihe löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this course and all its sessions from your plan?</source>
        <translation>Diese Behandlungsreihe mit allen Sitzungen aus Ihrem Plan löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete course</source>
        <translation>Behandlungsreihe löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote {0} entries for this course&apos;s sessions (intentions, notes or questions). Keep them in your journal, or remove them with the course?</source>
        <translation>Sie haben {0} Einträge zu den Sitzungen dieser Behandlungsreihe geschrieben (Absichten, Notizen oder Fragen). Sollen sie in Ihrem Journal bleiben oder mit der Behandlungsreihe entfernt werden?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep my writing</source>
        <translation>Mein Geschriebenes behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it too</source>
        <translation>Auch entfernen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/feature.py" line="+36"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-22"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="-180"/>
        <source>Before you begin, a look back</source>
        <translation>Bevor Sie beginnen, ein Blick zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your intention for %1</source>
        <translation>Ihre Absicht für %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-32"/>
        <location line="+67"/>
        <source>(No phrase written)</source>
        <translation>(Kein Satz geschrieben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-65"/>
        <source>If it gets hard: %1</source>
        <translation>Wenn es schwer wird: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You did not write an intention last time. That is fine.</source>
        <translation>Letztes Mal haben Sie keine Absicht geschrieben. Das ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you wrote since</source>
        <translation>Was Sie seitdem geschrieben haben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action steps you chose, still open</source>
        <translation>Handlungsschritte, die Sie gewählt haben, noch offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short check-in before your session. It is kept with your other check-ins; you can skip it.</source>
        <translation>Ein kurzer Check-in vor Ihrer Sitzung. Er wird bei Ihren anderen Check-ins aufbewahrt. Sie können ihn überspringen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mood %1 out of %2</source>
        <translation>Stimmung %1 von %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close for now</source>
        <translation>Vorerst schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your answers are kept; you can come back to them later.</source>
        <translation>Ihre Antworten sind aufbewahrt. Sie können später zu ihnen zurückkehren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="-8"/>
        <source>Session time</source>
        <translation>Zeit der Sitzung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin setting my intention</source>
        <translation>Mit meiner Absicht beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the questions</source>
        <translation>Zurück zu den Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip and save</source>
        <translation>Überspringen und speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the intention without a mood rating</source>
        <translation>Die Absicht ohne Angabe zur Stimmung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my intention</source>
        <translation>Meine Absicht speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept as you write</source>
        <translation>Wird beim Schreiben aufbewahrt</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+92"/>
        <source>Your intention for session %1</source>
        <translation>Ihre Absicht für Sitzung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-129"/>
        <source>Your intention</source>
        <translation>Ihre Absicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>We kept what you wrote last time.</source>
        <translation>Was Sie letztes Mal geschrieben haben, ist aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-24"/>
        <location line="+56"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+16"/>
        <source>My intention</source>
        <translation>Meine Absicht</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>My anchor</source>
        <translation>Mein Anker</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>If it gets hard, come back to</source>
        <translation>Wenn es schwer wird, kehren Sie zurück zu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close my intention</source>
        <translation>Meine Absicht schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="-177"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+45"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="-60"/>
        <source>After the session</source>
        <translation>Nach der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBT</source>
        <translation>KVT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindfulness (MBCT)</source>
        <translation>Achtsamkeit (MBCT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/summary/options.py" line="+88"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Prompt packs</source>
        <translation>Fragensammlungen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The questions behind intentions and reflections. Your therapist can give you a pack of their own as a .toml file; it is kept inside your encrypted journal.</source>
        <translation>Die Fragen hinter Absichten und Reflexionen. Ihre Therapeutin oder Ihr Therapeut kann Ihnen eine eigene Sammlung als .toml-Datei geben. Sie wird in Ihrem verschlüsselten Journal aufbewahrt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import a pack…</source>
        <translation>Sammlung importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A .toml prompt pack from your therapist</source>
        <translation>Eine Fragensammlung (.toml) von Ihrer Therapeutin oder Ihrem Therapeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove imported pack</source>
        <translation>Importierte Sammlung entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions used for intentions</source>
        <translation>Fragen, die für Absichten verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions for intentions</source>
        <translation>Fragen für Absichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt pack message</source>
        <translation>Meldung zu den Fragensammlungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(imported)</source>
        <translation>(importiert)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a prompt pack</source>
        <translation>Eine Fragensammlung importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.toml);;All files (*)</source>
        <translation>Fragensammlungen (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This pack was not imported; nothing was changed.</source>
        <translation>Diese Sammlung wurde nicht importiert. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” updated from version %2 to %3.</source>
        <translation>„%1“ von Version %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (version %2) imported.</source>
        <translation>„%1“ (Version %2) importiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove this pack?</source>
        <translation>Diese Sammlung entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? What you already wrote with it stays in your journal.</source>
        <translation>„%1“ entfernen? Was Sie damit schon geschrieben haben, bleibt in Ihrem Journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="-67"/>
        <source>← All sessions</source>
        <translation>← Alle Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to all sessions</source>
        <translation>Zurück zu allen Sitzungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session details</source>
        <translation>Details der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session notes</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete session…</source>
        <translation>Sitzung löschen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>No intention yet. A few quiet minutes before the session are enough.</source>
        <translation>Noch keine Absicht. Ein paar ruhige Minuten vor der Sitzung genügen.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Your intention was</source>
        <translation>Ihre Absicht war</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+112"/>
        <source>Set intention</source>
        <translation>Absicht festlegen</translation>
    </message>
    <message>
        <location line="-111"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+48"/>
        <source>Read my intention</source>
        <translation>Meine Absicht lesen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When you are ready: what came up, and the reflections of the days after.</source>
        <translation>Wenn Sie so weit sind: was aufgekommen ist, und die Reflexionen der Tage danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="-36"/>
        <source>Write what came up</source>
        <translation>Aufschreiben, was aufgekommen ist</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Day %1 after</source>
        <translation>Tag %1 danach</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-167"/>
        <source>Before the next session</source>
        <translation>Vor der nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (written)</source>
        <translation>%1 (geschrieben)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>route: %1</source>
        <translation>Verabreichung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="-111"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No intention was set for this session.</source>
        <translation>Für diese Sitzung wurde keine Absicht festgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change my intention</source>
        <translation>Meine Absicht ändern</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/sessions_model.py" line="-38"/>
        <source>Course from %1</source>
        <translation>Behandlungsreihe ab %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>intention set</source>
        <translation>Absicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="+2"/>
        <source>New course…</source>
        <translation>Neue Behandlungsreihe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Course details</source>
        <translation>Details der Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No course yet</source>
        <translation>Noch keine Behandlungsreihe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up your course with the dates your clinic gave you. A typical plan is offered; you adjust it.</source>
        <translation>Richten Sie Ihre Behandlungsreihe mit den Daten ein, die Ihnen Ihre Klinik gegeben hat. Ein typischer Plan wird vorgeschlagen, Sie passen ihn an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Courses and sessions</source>
        <translation>Behandlungsreihen und Sitzungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit course…</source>
        <translation>Behandlungsreihe bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete course…</source>
        <translation>Behandlungsreihe löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to my calendar…</source>
        <translation>In meinen Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An .ics file your own calendar app can import</source>
        <translation>Eine .ics-Datei, die Ihre eigene Kalender-App importieren kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions message</source>
        <translation>Meldung zu den Sitzungen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Care team: %1</source>
        <translation>Behandlungsteam: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Your course is saved with %n sessions.</source>
        <translation>
            <numerusform>Ihre Behandlungsreihe ist mit %n Sitzung gespeichert.</numerusform>
            <numerusform>Ihre Behandlungsreihe ist mit %n Sitzungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is in the past and still marked as planned.</source>
        <translation>%1 liegt in der Vergangenheit und ist noch als geplant markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overlaps another appointment (%2).</source>
        <translation>%1 überschneidet sich mit einem anderen Termin (%2).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Session deleted. Your writing is kept in the journal.</source>
        <translation>Sitzung gelöscht. Ihr Geschriebenes bleibt im Journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a course or one of its sessions first.</source>
        <translation>Wählen Sie zuerst eine Behandlungsreihe oder eine ihrer Sitzungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Course deleted. Your writing is kept in the journal.</source>
        <translation>Behandlungsreihe gelöscht. Ihr Geschriebenes bleibt im Journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course deleted.</source>
        <translation>Behandlungsreihe gelöscht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your intention is saved.</source>
        <translation>Ihre Absicht ist gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Export to my calendar</source>
        <translation>In meinen Kalender exportieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The calendar file shows when your sessions are, with the neutral title “Therapy appointment” and reminders the evening before and two hours before. It is not encrypted: anyone who sees the file, or the calendar you import it into, can see these times.</source>
        <translation>Die Kalenderdatei zeigt, wann Ihre Sitzungen sind, mit dem neutralen Titel „Therapy appointment“ und Erinnerungen am Abend davor und zwei Stunden davor. Sie ist nicht verschlüsselt: Wer die Datei oder den Kalender sieht, in den Sie sie importieren, kann diese Zeiten sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar file saved. Open it with your calendar app to add the sessions.</source>
        <translation>Kalenderdatei gespeichert. Öffnen Sie sie mit Ihrer Kalender-App, um die Sitzungen hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/settings.py" line="+28"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me before each session</source>
        <translation>Mich vor jeder Sitzung erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evening reminder hour</source>
        <translation>Uhrzeit der Erinnerung am Abend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning reminder hour</source>
        <translation>Uhrzeit der Erinnerung am Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening before, at</source>
        <translation>Am Abend davor, um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The morning of the session, at</source>
        <translation>Am Morgen der Sitzung, um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reminder only says “A reminder from KAP Journal”, never what it is about. It appears while the app is running, even when the journal is locked. For reminders when the app is closed, export your sessions to your own calendar from the Sessions page.</source>
        <translation>Eine Erinnerung sagt nur „Eine Erinnerung von KAP Journal“, nie, worum es geht. Sie erscheint, solange die App läuft, auch wenn das Journal gesperrt ist. Für Erinnerungen bei geschlossener App exportieren Sie Ihre Sitzungen auf der Seite „Sitzungen“ in Ihren eigenen Kalender.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="-35"/>
        <source>Your session</source>
        <translation>Ihre Sitzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you know your session dates, set up your course. The app will then help you prepare for each session, one small step at a time.</source>
        <translation>Wenn Sie die Daten Ihrer Sitzungen kennen, richten Sie Ihre Behandlungsreihe ein. Die App hilft Ihnen dann, sich auf jede Sitzung vorzubereiten, einen kleinen Schritt nach dem anderen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sessions planned yet</source>
        <translation>Noch keine Sitzungen geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your next session when you know its date, and the app will help you prepare.</source>
        <translation>Tragen Sie Ihre nächste Sitzung ein, sobald Sie das Datum kennen. Die App hilft Ihnen dann bei der Vorbereitung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is done</source>
        <translation>%1 ist vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go gently with yourself. When you feel ready, a few words about what came up can help.</source>
        <translation>Gehen Sie sanft mit sich um. Wenn Sie sich bereit fühlen, können ein paar Worte zu dem helfen, was aufgekommen ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your course is complete</source>
        <translation>Ihre Behandlungsreihe ist abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You came to %n sessions. The weeks after a course are a time to keep noticing what changes; your journal is here for that.</source>
        <translation>
            <numerusform>Sie waren bei %n Sitzung. Die Wochen nach einer Behandlungsreihe sind eine Zeit, weiter zu bemerken, was sich verändert. Ihr Journal ist dafür da.</numerusform>
            <numerusform>Sie waren bei %n Sitzungen. Die Wochen nach einer Behandlungsreihe sind eine Zeit, weiter zu bemerken, was sich verändert. Ihr Journal ist dafür da.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See your sessions</source>
        <translation>Ihre Sitzungen ansehen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go gently today. Your intention is here whenever you want it.</source>
        <translation>Gehen Sie heute sanft mit sich um. Ihre Absicht ist hier, wann immer Sie sie möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a quiet moment with your intention before you go.</source>
        <translation>Nehmen Sie sich vor dem Losgehen einen ruhigen Moment mit Ihrer Absicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you like, there is still time to set a short intention.</source>
        <translation>Wenn Sie möchten, ist noch Zeit für eine kurze Absicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Set your intention</source>
        <translation>Ihre Absicht festlegen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is today</source>
        <translation>%1 ist heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before your next session</source>
        <translation>Vor Ihrer nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short look back at %1 can help you prepare.</source>
        <translation>Ein kurzer Blick zurück auf %1 kann Ihnen bei der Vorbereitung helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1 after %2</source>
        <translation>Tag %1 nach %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few quiet minutes of reflection can help the session settle.</source>
        <translation>Ein paar ruhige Minuten zum Nachdenken können helfen, dass sich die Sitzung setzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-46"/>
        <source>Write a reflection</source>
        <translation>Eine Reflexion schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the session</source>
        <translation>Die Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is tomorrow</source>
        <translation>%1 ist morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 is in %n days</source>
        <translation>
            <numerusform>%1 ist in %n Tag</numerusform>
            <numerusform>%1 ist in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your intention is ready. You can look over your checklist when you like.</source>
        <translation>Ihre Absicht ist bereit. Sie können Ihre Checkliste ansehen, wann Sie möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for the session</source>
        <translation>Auf die Sitzung vorbereiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take some quiet time to set your intention.</source>
        <translation>Nehmen Sie sich ruhig Zeit, Ihre Absicht festzulegen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-1"/>
        <source>Still to do</source>
        <translation>Noch zu tun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no day set</source>
        <translation>kein Tag festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/model.py" line="+1"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="+18"/>
        <location line="+12"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+8"/>
        <source>Action steps</source>
        <translation>Handlungsschritte</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-8"/>
        <source>Small steps you chose after a reflection or a thought record. Looking back on them, whatever happened, is part of the work.</source>
        <translation>Kleine Schritte, die Sie nach einer Reflexion oder einem Gedankenprotokoll gewählt haben. Auf sie zurückzuschauen, was auch immer passiert ist, gehört zur Arbeit dazu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No action steps yet. You can choose one at the end of a reflection.</source>
        <translation>Noch keine Handlungsschritte. Sie können am Ende einer Reflexion einen wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen step</source>
        <translation>Der gewählte Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note about how it went</source>
        <translation>Eine Notiz, wie es gelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words, if you like (what you did instead, what got in the way)</source>
        <translation>Ein paar Worte, wenn Sie möchten (was Sie stattdessen getan haben, was im Weg war)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Planned for: %1</source>
        <translation>Geplant für: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+113"/>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="+336"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-42"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+338"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="-267"/>
        <source>← Back to practice</source>
        <translation>← Zurück zur Übung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+94"/>
        <location line="+87"/>
        <location line="+16"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-196"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="-79"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Soft chime between steps</source>
        <translation>Leiser Klang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Practice finished</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you noticed? (optional)</source>
        <translation>Haben Sie etwas bemerkt? (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I noticed in the breathing space</source>
        <translation>Was ich im Atemraum bemerkt habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+204"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+166"/>
        <location line="+21"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-215"/>
        <location line="+146"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+11"/>
        <location line="+26"/>
        <source>Draft kept</source>
        <translation>Entwurf aufbewahrt</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+40"/>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Three steps of about a minute each. The text guides you; sound is optional.</source>
        <translation>Drei Schritte von je etwa einer Minute. Der Text leitet Sie an, Ton ist freiwillig.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>What to do in this step</source>
        <translation>Was in diesem Schritt zu tun ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress through the practice</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 of 3</source>
        <translation>Schritt %1 von 3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 left</source>
        <comment>minutes and seconds of a countdown</comment>
        <translation>Noch %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start again</source>
        <translation>Noch einmal starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you are ready, choose your next step, gently.</source>
        <translation>Wenn Sie so weit sind, wählen Sie behutsam Ihren nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is fine. Coming back to the breath, even briefly, counts.</source>
        <translation>Das ist in Ordnung. Zum Atem zurückzukommen zählt, auch wenn es nur kurz ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minute added to your practice log.</source>
        <translation>1 Minute zu Ihrem Übungsprotokoll hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes added to your practice log.</source>
        <translation>
            <numerusform>%n Minute zu Ihrem Übungsprotokoll hinzugefügt.</numerusform>
            <numerusform>%n Minuten zu Ihrem Übungsprotokoll hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than a minute, so nothing was added to the log.</source>
        <translation>Weniger als eine Minute, darum wurde nichts ins Protokoll eingetragen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your note from last time is back.</source>
        <translation>Ihre Notiz vom letzten Mal ist wieder da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+6"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+32"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-9"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/capture_page.py" line="-4"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-10"/>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Saved. Rest well.</source>
        <translation>Gespeichert. Ruhen Sie sich gut aus.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-202"/>
        <source>← Back to the journal</source>
        <translation>← Zurück zum Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the journal</source>
        <translation>Zurück zum Journal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before the next session (after session %1)</source>
        <translation>Vor der nächsten Sitzung (nach Sitzung %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection after the session</source>
        <translation>Reflexion nach der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 after the session</source>
        <translation>Tag %1 nach der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 after session %2</source>
        <translation>Tag %1 nach Sitzung %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>For example: a ten-minute walk after lunch on Thursday</source>
        <translation>Zum Beispiel: Donnerstag nach dem Essen zehn Minuten gehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a day for it</source>
        <translation>Einen Tag dafür wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a day for the action step</source>
        <translation>Einen Tag für den Handlungsschritt wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day for the action step</source>
        <translation>Tag für den Handlungsschritt</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+4"/>
        <source>Question for my care team</source>
        <translation>Frage an mein Behandlungsteam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing space</source>
        <translation>Atemraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts are not facts</source>
        <translation>Gedanken sind keine Tatsachen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>session %1</source>
        <extracomment>Answer ids that make a good one-line summary, in order of preference.</extracomment>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="-9"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-6"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;thought record</source>
        <translation>Neues &amp;Gedankenprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-minute &amp;breathing space</source>
        <translation>Dreiminütiger &amp;Atemraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the journal</source>
        <translation>Journal &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>We kept what you were writing</source>
        <translation>Was Sie geschrieben haben, ist aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unfinished writing is safe. Pick it up whenever you like.</source>
        <translation>Ihr unfertiger Text ist sicher. Machen Sie damit weiter, wann immer Sie möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="-264"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You planned a step for today. How did it go?</source>
        <translation>Sie haben für heute einen Schritt geplant. Wie ist es gelaufen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action steps have reached their day. How did they go?</source>
        <translation>
            <numerusform>Für %n Handlungsschritt ist der Tag gekommen. Wie ist er gelaufen?</numerusform>
            <numerusform>Für %n Handlungsschritte ist der Tag gekommen. Wie sind sie gelaufen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look back on it</source>
        <translation>Darauf zurückschauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look back on them</source>
        <translation>Darauf zurückschauen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="-2"/>
        <location line="+281"/>
        <source>We kept what you were writing last time. It is back in the editor.</source>
        <extracomment>Draft key prefixes this page knows how to reopen.</extracomment>
        <translation>Was Sie letztes Mal geschrieben haben, ist aufbewahrt. Es ist wieder im Editor.</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Recovered writing</source>
        <translation>Wiederhergestellter Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throw away the kept text</source>
        <translation>Den aufbewahrten Text verwerfen</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>That session is no longer in your journal. Choose one on the Sessions page.</source>
        <translation>Diese Sitzung ist nicht mehr in Ihrem Journal. Wählen Sie eine auf der Seite „Sitzungen“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reflections belong to a session. Add one on the Sessions page first.</source>
        <translation>Reflexionen gehören zu einer Sitzung. Tragen Sie zuerst auf der Seite „Sitzungen“ eine ein.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>You were writing %1 when the journal closed. It was kept safely.</source>
        <translation>Sie haben an %1 geschrieben, als das Journal geschlossen wurde. Der Text ist sicher aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this evening&apos;s capture</source>
        <translation>Ihrem Festhalten am Abend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a reflection (%1)</source>
        <translation>einer Reflexion (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a thought record</source>
        <translation>einem Gedankenprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a “thoughts are not facts” note</source>
        <translation>einer Notiz „Gedanken sind keine Tatsachen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a body-scan reflection</source>
        <translation>einem Rückblick auf den Body-Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note after the breathing space</source>
        <translation>einer Notiz nach dem Atemraum</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-278"/>
        <source>Write whatever you like. Markdown works: *italic*, **bold**, - lists. It is saved as you go.</source>
        <translation>Schreiben Sie, was Sie möchten. Markdown geht: *kursiv*, **fett**, - Listen. Es wird beim Schreiben gespeichert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-288"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moods, before → after</source>
        <translation>Gefühle, vorher → nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot thought</source>
        <translation>heißer Gedanke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic thoughts</source>
        <translation>Automatische Gedanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking traps</source>
        <translation>Denkfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for</source>
        <translation>Was dafür spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence against</source>
        <translation>Was dagegen spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced thought</source>
        <translation>Ausgewogener Gedanke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belief in the balanced thought</source>
        <translation>Glaube an den ausgewogenen Gedanken</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+73"/>
        <location line="+29"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+2"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit answers</source>
        <translation>Antworten bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/summary/preview.py" line="+29"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The preview appears here.</source>
        <translation>Die Vorschau erscheint hier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>separated by commas, e.g. work, family</source>
        <translation>z. B. Arbeit, Familie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-40"/>
        <location line="+1"/>
        <source>Share with my therapist</source>
        <translation>Mit meinem Behandlungsteam teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+1"/>
        <source>Only shared entries can appear in a summary you export.</source>
        <translation>Nur geteilte Einträge können in einer exportierten Zusammenfassung erscheinen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add your own notes to this entry (Markdown works).</source>
        <translation>Fügen Sie diesem Eintrag eigene Notizen hinzu (Markdown geht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write whatever you like.</source>
        <translation>Schreiben Sie, was Sie möchten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The preview shows the beginning of this long entry.</source>
        <translation>Die Vorschau zeigt den Anfang dieses langen Eintrags.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? Its text is wiped from the journal.</source>
        <translation>Diesen Eintrag endgültig löschen? Sein Text wird aus dem Journal gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-109"/>
        <source>Minutes of practice per week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>week of %1: %n minutes</source>
        <translation>
            <numerusform>Woche ab %1: %n Minute</numerusform>
            <numerusform>Woche ab %1: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Minutes of body scan</source>
        <translation>Minuten Body-Scan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved to your journal</source>
        <translation>In Ihrem Journal gespeichert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a three-minute breathing space</source>
        <translation>Einen dreiminütigen Atemraum beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice log</source>
        <translation>Übungsprotokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day of the practice</source>
        <translation>Tag der Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes practised</source>
        <translation>Geübte Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week&apos;s total</source>
        <translation>Summe dieser Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent practice</source>
        <translation>Letzte Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice log state</source>
        <translation>Stand des Übungsprotokolls</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>This week: %n minutes</source>
        <translation>
            <numerusform>Diese Woche: %n Minute</numerusform>
            <numerusform>Diese Woche: %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 Min.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-7"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Was it met? What shifted?</source>
        <translation>Hat sie sich erfüllt? Was hat sich verschoben?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Optional. It will show on Today when its day comes.</source>
        <translation>Freiwillig. Er erscheint unter „Heute“, wenn sein Tag gekommen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save without a step</source>
        <translation>Ohne Schritt speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflection on session</source>
        <translation>Reflexion zur Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection step</source>
        <translation>Schritt der Reflexion</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Your intention for this session</source>
        <translation>Ihre Absicht für diese Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No intention was written for this session. That is fine.</source>
        <translation>Für diese Sitzung wurde keine Absicht geschrieben. Das ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved. Thank you for taking the time.</source>
        <translation>Gespeichert. Danke, dass Sie sich die Zeit genommen haben.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/settings.py" line="-79"/>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Reflection days after each session</source>
        <translation>Tage für Reflexionen nach jeder Sitzung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Whole days, separated by commas (for example 1, 3). Today shows each one when it comes.</source>
        <translation>Ganze Tage, durch Kommas getrennt (zum Beispiel 1, 3). „Heute“ zeigt jeden, wenn er gekommen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>And the day before the next session</source>
        <translation>Und am Tag vor der nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect the day before the next session</source>
        <translation>Am Tag vor der nächsten Sitzung reflektieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save schedule</source>
        <translation>Zeitplan speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the reflection schedule</source>
        <translation>Den Zeitplan für Reflexionen speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule message</source>
        <translation>Meldung zum Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with my therapist, unless I change it for one entry</source>
        <translation>Mit meinem Behandlungsteam teilen, außer ich ändere es für einen Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share by default: %1</source>
        <translation>Standardmäßig teilen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please use whole days such as 1, 3.</source>
        <translation>Bitte verwenden Sie ganze Tage wie 1, 3.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-9"/>
        <source>Linked session</source>
        <translation>Zugehörige Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save thought record</source>
        <translation>Gedankenprotokoll speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add a mood</source>
        <translation>Ein Gefühl hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a thought</source>
        <translation>Einen Gedanken hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence that supports the hot thought</source>
        <translation>Was für den heißen Gedanken spricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence that does not fully support the hot thought</source>
        <translation>Was nicht ganz für den heißen Gedanken spricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternative or balanced thought</source>
        <translation>Anderer oder ausgewogener Gedanke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belief</source>
        <translation>Überzeugung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much I believe the balanced thought</source>
        <translation>Wie sehr ich den ausgewogenen Gedanken glaube</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/thought_record_rows.py" line="-84"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>One word, e.g. anxious</source>
        <translation>z. B. ängstlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood %1</source>
        <comment>a feeling in a thought record</comment>
        <translation>Gefühl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How strong, mood %1</source>
        <translation>Wie stark, Gefühl %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove mood %1</source>
        <translation>Gefühl %1 entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mood %1 name</source>
        <translation>Name von Gefühl %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strong now, mood %1</source>
        <translation>Wie stark jetzt, Gefühl %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(mood not named yet)</source>
        <translation>(Gefühl noch nicht benannt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Automatic thought %1</source>
        <translation>Automatischer Gedanke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thought or image, in the words it came</source>
        <translation>Ein Gedanke oder Bild, so wie es kam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hot thought</source>
        <translation>Heißer Gedanke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thought %1 as the hot thought</source>
        <translation>Gedanken %1 als heißen Gedanken markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove thought %1</source>
        <translation>Gedanken %1 entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mood ratings before and after</source>
        <translation>Stärke der Gefühle vorher und nachher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 before, %3 after</source>
        <translation>%1: %2 vorher, %3 nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No moods rated yet.</source>
        <translation>Noch keine Gefühle bewertet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rate your moods at the start and again in step 7 to see them side by side.</source>
        <translation>Bewerten Sie Ihre Gefühle am Anfang und noch einmal in Schritt 7, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-40"/>
        <source>Entries, newest first</source>
        <extracomment>Keys typed this close together make one search (the search itself runs on a worker).</extracomment>
        <translation>Einträge, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write a free note (Ctrl+N)</source>
        <translation>Eine freie Notiz schreiben (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture a session the same evening</source>
        <translation>Eine Sitzung am selben Abend festhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reflection on a session: day 1 after, day 3 after…</source>
        <translation>Eine Reflexion zu einer Sitzung: Tag 1 danach, Tag 3 danach…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a CBT thought record (Ctrl+Shift+T)</source>
        <translation>Ein KVT-Gedankenprotokoll beginnen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindfulness</source>
        <translation>Achtsamkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breathing space, notes and the practice log</source>
        <translation>Atemraum, Notizen und das Übungsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps you chose, and how they went</source>
        <translation>Schritte, die Sie gewählt haben, und wie sie gelaufen sind</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search your journal</source>
        <translation>Ihr Journal durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show kind of entry</source>
        <translation>Art des Eintrags zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show entries of session</source>
        <translation>Einträge der Sitzung zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries with tag</source>
        <translation>Einträge mit Schlagwort zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+56"/>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type another letter to search.</source>
        <translation>Bitte tippen Sie noch einen Buchstaben, um zu suchen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search did not work just now. Please try again.</source>
        <translation>Die Suche hat gerade nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Matching entries, newest first. Counting them…</source>
        <translation>Passende Einträge, die neuesten zuerst. Sie werden gezählt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries match.</source>
        <translation>Keine Einträge passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 or more matching entries, newest first. Add a word to narrow the search.</source>
        <translation>%1 oder mehr passende Einträge, die neuesten zuerst. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n matching entries, newest first</source>
        <translation>
            <numerusform>%n passender Eintrag</numerusform>
            <numerusform>%n passende Einträge, die neuesten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/actions.py" line="-130"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the backup back in place…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is back in place. Unlock to continue.</source>
        <translation>Die Sicherung ist wiederhergestellt. Entsperren Sie, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The journal is open read-only because its file is damaged, so its keys cannot be changed now. You can restore a backup first.</source>
        <translation>Das Journal ist nur zum Lesen geöffnet, weil seine Datei beschädigt ist. Darum können seine Schlüssel jetzt nicht geändert werden. Sie können zuerst eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase changed. Your journal also has a new recovery code.</source>
        <translation>Passphrase geändert. Ihr Journal hat auch einen neuen Wiederherstellungscode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal got a new key, so it also has a new recovery code. Please keep this one and destroy the old one.</source>
        <translation>Ihr Journal hat einen neuen Schlüssel und darum auch einen neuen Wiederherstellungscode. Bitte bewahren Sie diesen auf und vernichten Sie den alten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase changed. Your recovery code still works.</source>
        <translation>Passphrase geändert. Ihr Wiederherstellungscode gilt weiterhin.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up.</source>
        <translation>Gesichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not backed up: the journal failed its check.</source>
        <translation>Nicht gesichert: Das Journal hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Giving your journal a new key…</source>
        <translation>Ihr Journal bekommt einen neuen Schlüssel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This takes a moment. Please leave the app open until it is done.</source>
        <translation>Das dauert einen Moment. Bitte lassen Sie die App geöffnet, bis es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/restore.py" line="-222"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You made this one</source>
        <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an update</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From another journal, so it cannot be restored here.</source>
        <translation>Aus einem anderen Journal, darum kann sie hier nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A file in the backups folder</source>
        <translation>Eine Datei im Ordner der Sicherungen</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../../kapjournal/ui/settings/backups.py" line="+45"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your journal will be put back to how it was on %1. What you have now is kept as a backup, so you can undo this.</source>
        <translation>Ihr Journal wird auf den Stand vom %1 zurückgesetzt. Ihr jetziger Stand wird als Sicherung aufbewahrt, so können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/backups.py" line="+7"/>
        <source>KAP Journal keeps encrypted backups of this journal, newest first. Putting one back keeps what you have now as a backup too.</source>
        <translation>KAP Journal bewahrt verschlüsselte Sicherungen dieses Journals auf, die neuesten zuerst. Wenn Sie eine wiederherstellen, wird Ihr jetziger Stand ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups yet. One is made when you open the journal, about once a day.</source>
        <translation>Noch keine Sicherungen. Eine wird angelegt, wenn Sie das Journal öffnen, etwa einmal am Tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+2"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your current passphrase.</source>
        <translation>Bitte geben Sie Ihre aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the saved key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The journal opens without a passphrase when you start the app. Untick to forget the saved key.</source>
        <translation>Das Journal öffnet sich beim Start der App ohne Passphrase. Entfernen Sie das Häkchen, um den gespeicherten Schlüssel zu vergessen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saves a key in the system keychain. Anyone who can use your computer account could then open the journal.</source>
        <translation>Speichert einen Schlüssel im Schlüsselbund des Systems. Dann könnte jede Person, die Ihr Benutzerkonto auf diesem Computer nutzen kann, das Journal öffnen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lost your recovery code? Make a new one. The old code stops working at once.</source>
        <translation>Wiederherstellungscode verloren? Erstellen Sie einen neuen. Der alte gilt dann sofort nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new recovery code…</source>
        <translation>Einen neuen Wiederherstellungscode erstellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new recovery code</source>
        <translation>Einen neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your old recovery code will stop working. Make a new one now?</source>
        <translation>Ihr alter Wiederherstellungscode gilt dann nicht mehr. Jetzt einen neuen erstellen?</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="-88"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when I have not used the app for a while</source>
        <translation>Sperren, wenn ich die App eine Weile nicht benutzt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when idle</source>
        <translation>Bei Inaktivität sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes before locking</source>
        <translation>Minuten bis zum Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the computer&apos;s screen locks</source>
        <translation>Sperren, wenn sich der Bildschirm des Computers sperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock with the screen</source>
        <translation>Mit dem Bildschirm sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>Mit Strg+L können Sie jederzeit sofort sperren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="-19"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where your journal is kept</source>
        <translation>Wo Ihr Journal aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal folder</source>
        <translation>Ordner des Journals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted backups are kept in its &apos;backups&apos; folder. To take your journal to a new computer, close the app and copy this whole folder to the same place there.</source>
        <translation>Verschlüsselte Sicherungen liegen in seinem Ordner „backups“. Um Ihr Journal auf einen neuen Computer mitzunehmen, schließen Sie die App und kopieren Sie diesen ganzen Ordner dort an dieselbe Stelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this journal</source>
        <translation>Dieses Journal löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removes the journal, its backups, its key files and the key saved on this computer. This cannot be undone. Export anything you want to keep first.</source>
        <translation>Entfernt das Journal, seine Sicherungen, seine Schlüsseldateien und den auf diesem Computer gespeicherten Schlüssel. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher alles, was Sie behalten möchten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase to confirm</source>
        <translation>Passphrase zur Bestätigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase to confirm deleting</source>
        <translation>Passphrase zur Bestätigung des Löschens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete journal…</source>
        <translation>Journal löschen…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>KAP Journal will be in %1 the next time it starts.</source>
        <translation>KAP Journal erscheint beim nächsten Start auf %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete this journal?</source>
        <translation>Dieses Journal löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in this journal and its backups will be gone for good. Delete it?</source>
        <translation>Alles in diesem Journal und in seinen Sicherungen ist dann endgültig weg. Löschen?</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/shell.py" line="+45"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sample journal: everything here is invented. Nothing you write here is kept with your own journal.</source>
        <extracomment>A page was built (the window hands it the open journal at once). Navigation order; pages are inserted by it whatever order features declare them in.</extracomment>
        <translation>Beispiel-Journal: Alles hier ist erfunden. Nichts, was Sie hier schreiben, kommt in Ihr eigenes Journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the sample</source>
        <translation>Beispiel verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal file is damaged, so it is open read-only: you can read, but nothing new is saved. You can restore a backup in Settings → Backups.</source>
        <translation>Ihre Journaldatei ist beschädigt, darum ist sie nur zum Lesen geöffnet: Sie können lesen, aber nichts Neues wird gespeichert. Unter Einstellungen → Sicherungen können Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Backups</source>
        <translation>Zu den Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal read-only</source>
        <translation>Journal nur zum Lesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/summary/options.py" line="+8"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/tray.py" line="-54"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Das Journal jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/feature.py" line="+22"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/options.py" line="-17"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Show my name</source>
        <translation>Meinen Namen zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to include</source>
        <translation>Was hinein soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick anything you would rather keep to yourself.</source>
        <translation>Entfernen Sie das Häkchen bei allem, was Sie lieber für sich behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries to include</source>
        <translation>Einträge, die hinein sollen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include everything again</source>
        <translation>Wieder alles aufnehmen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Changing a date switches to your own dates.</source>
        <translation>Wenn Sie ein Datum ändern, gelten Ihre eigenen Daten.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing shared in these dates yet.</source>
        <translation>In diesem Zeitraum ist noch nichts geteilt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Always included while this summary holds a PHQ-9 item 9 answer above “Not at all” or a check-in at the lowest mood. To leave it out, untick that item below.</source>
        <translation>Immer enthalten, solange diese Zusammenfassung bei Frage 9 des PHQ-9 eine Antwort über „Überhaupt nicht“ oder einen Check-in mit der niedrigsten Stimmung enthält. Um den Hinweis wegzulassen, entfernen Sie unten das Häkchen bei diesem Punkt.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/preview.py" line="+2"/>
        <source>Preview details</source>
        <translation>Details der Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n items · %1</source>
        <translation>
            <numerusform>%n Punkt · %1</numerusform>
            <numerusform>%n Punkte · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="-34"/>
        <source>Saved “%1”. This file is not encrypted: keep it safe and send it only to your care team.</source>
        <translation>„%1“ gespeichert. Diese Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf und senden Sie sie nur an Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="-35"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="+21"/>
        <source>The file you export is not encrypted. Anyone who has the file can read it.

It is yours: KAP Journal sends nothing to anyone. Keep it somewhere safe, send it only to your care team, and delete it when you no longer need it.</source>
        <translation>Die Datei, die Sie exportieren, ist nicht verschlüsselt. Wer die Datei hat, kann sie lesen.

Sie gehört Ihnen: KAP Journal sendet nichts an irgendjemanden. Bewahren Sie sie sicher auf, senden Sie sie nur an Ihr Behandlungsteam, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you export</source>
        <translation>Bevor Sie exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file will not be encrypted</source>
        <translation>Diese Datei wird nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand, export</source>
        <translation>Verstanden, exportieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Summary for your care team</source>
        <translation>Zusammenfassung für Ihr Behandlungsteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to share. The preview on the right is exactly what the file will hold. Only entries you marked for sharing are offered.</source>
        <translation>Wählen Sie, was Sie teilen möchten. Die Vorschau rechts zeigt genau, was in der Datei stehen wird. Angeboten werden nur Einträge, die Sie zum Teilen markiert haben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to share</source>
        <translation>Was Sie teilen</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The summary could not be put together. Nothing was lost; please try again.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden. Nichts ist verloren gegangen; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+10"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A protected PDF opens only with a password, which you read to your therapist. The check-ins and scores for their records (FHIR and CSV) are inside it.</source>
        <translation>Ein geschütztes PDF öffnet sich nur mit einem Passwort, das Sie Ihrer Therapeutin oder Ihrem Therapeuten vorlesen. Die Check-ins und Punktwerte für die Unterlagen der Praxis (FHIR und CSV) sind darin enthalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export protected PDF…</source>
        <translation>Geschütztes PDF exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the PDF; its password is shown next</source>
        <translation>Wählen Sie, wo das PDF gespeichert wird; danach wird sein Passwort angezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other formats, not protected</source>
        <translation>Andere Formate, nicht geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML, Markdown, CSV, FHIR, or a PDF without a password</source>
        <translation>HTML, Markdown, CSV, FHIR oder ein PDF ohne Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop making the file; nothing is written</source>
        <translation>Erstellen der Datei abbrechen; es wird nichts gespeichert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Make a password for me</source>
        <translation>Passwort für mich erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my own password</source>
        <translation>Eigenes Passwort verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/summary/password_page.py" line="+22"/>
        <location line="+6"/>
        <source>Your PDF password</source>
        <translation>Ihr PDF-Passwort</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your PDF password again</source>
        <translation>Ihr PDF-Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF password feedback</source>
        <translation>Rückmeldung zum PDF-Passwort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These files are not encrypted: anyone who has the file can read it.</source>
        <translation>Diese Dateien sind nicht verschlüsselt: Wer die Datei hat, kann sie lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export without protection…</source>
        <translation>Ohne Schutz exportieren …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This password would be easy to guess. Add another word or two.</source>
        <translation>Dieses Passwort wäre leicht zu erraten. Fügen Sie ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same yet.</source>
        <translation>Die beiden Passwörter sind noch nicht gleich.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the summary</source>
        <translation>Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose where to save the file</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="+38"/>
        <source>Export the summary</source>
        <translation>Die Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved “%1”. It opens only with its password.</source>
        <translation>„%1“ gespeichert. Die Datei öffnet sich nur mit ihrem Passwort.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. No file was written.</source>
        <translation>Abgebrochen. Es wurde keine Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written. Nothing was lost; please try again.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Nichts ist verloren. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/today.py" line="+1"/>
        <source>Today&apos;s date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing needs doing today. Be gentle with yourself.</source>
        <translation>Heute ist nichts zu tun. Seien Sie sanft mit sich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/tray.py" line="-1"/>
        <source>Open KAP Journal</source>
        <translation>KAP Journal öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kapjournal/cli.py" line="-156"/>
        <source>No passphrase was given on standard input.</source>
        <extracomment>The summary formats of ``export --format`` besides json, named here so that parsing the arguments needs no exporter; a test checks they are the exporters&apos; own (``kapjournal.exporters.CLI_EXPORTERS``). Export formats -&gt; writer(journal, args, out_path), filled on the first export.</extracomment>
        <translation>Über die Standardeingabe kam keine Passphrase.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The journal stays locked: %1 You can give the passphrase on standard input instead (--passphrase-stdin).</source>
        <translation>Das Journal bleibt gesperrt: %1 Sie können die Passphrase stattdessen über die Standardeingabe angeben (--passphrase-stdin).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key this computer remembered no longer opens this journal. Give the passphrase on standard input instead (--passphrase-stdin), and turn on &quot;Remember on this computer&quot; again in the app if you like.</source>
        <translation>Der Schlüssel, den sich dieser Computer gemerkt hat, öffnet dieses Journal nicht mehr. Geben Sie die Passphrase stattdessen über die Standardeingabe an (--passphrase-stdin) und schalten Sie „Auf diesem Computer merken“ in der App wieder ein, wenn Sie möchten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer does not remember a key for this journal. Give the passphrase on standard input instead (--passphrase-stdin), or turn on &quot;Remember on this computer&quot; in the app first.</source>
        <translation>Dieser Computer hat sich keinen Schlüssel für dieses Journal gemerkt. Geben Sie die Passphrase stattdessen über die Standardeingabe an (--passphrase-stdin) oder schalten Sie zuerst „Auf diesem Computer merken“ in der App ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--days must be between 1 and 36500.</source>
        <translation>--days muss zwischen 1 und 36500 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+92"/>
        <source>Passphrase refused: %1</source>
        <translation>Passphrase abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <source>Sample journal created with %n days of history.</source>
        <translation>
            <numerusform>Beispiel-Journal mit %n Tag Verlauf angelegt.</numerusform>
            <numerusform>Beispiel-Journal mit %n Tagen Verlauf angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Recovery code: %1</source>
        <translation>Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+134"/>
        <source>The folder for --out does not exist.</source>
        <translation>Der Ordner für --out existiert nicht.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>--protect works with --format pdf only.</source>
        <translation>--protect funktioniert nur mit --format pdf.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported to %1 (protected: it opens only with the PDF password).</source>
        <translation>Exportiert nach %1 (geschützt: öffnet sich nur mit dem PDF-Passwort).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1 (this file is not encrypted).</source>
        <translation>Exportiert nach %1 (diese Datei ist nicht verschlüsselt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No PDF password was given (the second line of standard input).</source>
        <translation>Es wurde kein PDF-Passwort angegeben (die zweite Zeile der Standardeingabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF password refused: %1</source>
        <translation>PDF-Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the file to import.</source>
        <translation>Die Datei zum Importieren konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>The journal is damaged (%n problems).</source>
        <translation>
            <numerusform>Das Journal ist beschädigt (%n Problem).</numerusform>
            <numerusform>Das Journal ist beschädigt (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup is %1.</source>
        <translation>Die neueste Sicherung ist %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal is whole.</source>
        <translation>Das Journal ist unversehrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted backup written to %1.</source>
        <translation>Verschlüsselte Sicherung gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+201"/>
        <location filename="../../kapjournal/storage/backups.py" line="+476"/>
        <location filename="../../kapjournal/storage/journal.py" line="+476"/>
        <source>There is no journal in this folder.</source>
        <extracomment>Tests put an in-memory keyring here; ``None`` is the system keychain.</extracomment>
        <translation>In diesem Ordner ist kein Journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is back in place. Open it with the passphrase you had when it was made.</source>
        <translation>Die Sicherung ist wiederhergestellt. Öffnen Sie sie mit der Passphrase, die Sie damals hatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous state is kept as a backup: %1</source>
        <translation>Der vorige Stand ist als Sicherung aufbewahrt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New passphrase refused: %1</source>
        <translation>Neue Passphrase abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase changed. The journal has a new key, and the backups in its folder were re-encrypted.</source>
        <translation>Passphrase geändert. Das Journal hat einen neuen Schlüssel, und die Sicherungen in seinem Ordner wurden neu verschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code changed too. New recovery code: %1</source>
        <translation>Auch Ihr Wiederherstellungscode hat sich geändert. Neuer Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interrupted.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong (%1).</source>
        <translation>Etwas ist schiefgegangen (%1).</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/exchange.py" line="+223"/>
        <source>This file is too large to import.</source>
        <extracomment>Deepest nesting a file may have. An export uses 4 levels (document, ``tables``, a table, a row) and its deepest values a few more; 64 leaves room and stays far below the parser&apos;s recursion limit. Range of every whole-number column: the schema&apos;s CHECKs, else a sensible bound. Text columns that take one of a few values (the schema&apos;s CHECKs).</extracomment>
        <translation>Diese Datei ist zu groß zum Importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>This file is not a KAP Journal export (not valid JSON).</source>
        <translation>Diese Datei ist kein Export von KAP Journal (kein gültiges JSON).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file cannot be imported: it is nested too deeply (more than %1 levels in the file).</source>
        <translation>Die Datei kann nicht importiert werden: Sie ist zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be imported: table &apos;%1&apos;, row %2: %3</source>
        <translation>Die Datei kann nicht importiert werden: Tabelle „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This file is not a KAP Journal export.</source>
        <translation>Diese Datei ist kein Export von KAP Journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This export does not say which format version it uses.</source>
        <translation>Dieser Export gibt nicht an, welche Formatversion er verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This export was made by a newer version of KAP Journal.</source>
        <translation>Dieser Export stammt von einer neueren Version von KAP Journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This export has no data tables.</source>
        <translation>Dieser Export enthält keine Datentabellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported: it holds a table this journal does not know.</source>
        <translation>Die Datei kann nicht importiert werden: Sie enthält eine Tabelle, die dieses Journal nicht kennt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported: table &apos;%1&apos; is not a list of rows.</source>
        <translation>Die Datei kann nicht importiert werden: Die Tabelle „%1“ ist keine Liste von Zeilen.</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>A %1 row could not be stored.</source>
        <translation>Eine Zeile der Tabelle %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/ics.py" line="+75"/>
        <location filename="../../kapjournal/preparation/course.py" line="+246"/>
        <source>This course no longer exists.</source>
        <translation>Diese Behandlungsreihe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/passphrase.py" line="+24"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <extracomment>zxcvbn&apos;s English feedback, each one also our own message (marked for the catalogue).</extracomment>
        <translation>Fügen Sie noch ein oder zwei Wörter hinzu. Seltene Wörter sind besser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft nicht viel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Verwenden Sie ein paar Wörter und vermeiden Sie bekannte Redewendungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-10 common password.</source>
        <translation>Dies ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Dies ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-100 common password.</source>
        <translation>Dies ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation>Dies ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Folgen wie „abc“ oder „123“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>Jahreszahlen der letzten Jahre sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie Jahreszahlen der letzten Jahre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahre, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Daten und Jahre, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase would be easy to guess.</source>
        <translation>Diese Passphrase wäre leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another word or two.</source>
        <translation>Fügen Sie noch ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please choose a passphrase.</source>
        <translation>Bitte wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase cannot be only spaces.</source>
        <translation>Eine Passphrase kann nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../kapjournal/ui/summary/export_panel.py" line="+61"/>
        <source>Please use at least %1 characters.</source>
        <translation>Bitte verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/preparation/checklist.py" line="+173"/>
        <source>The checklist item is empty.</source>
        <extracomment>The longest text of each field of the data file, in characters. The fields a person reads; ``preparation.&lt;language&gt;.toml`` translates them.</extracomment>
        <translation>Der Punkt der Checkliste ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist item is longer than %1 characters.</source>
        <translation>Der Punkt der Checkliste ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is longer than %1 characters.</source>
        <translation>Die Frage ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>This checklist item no longer exists.</source>
        <translation>Diesen Punkt der Checkliste gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/preparation/course.py" line="+25"/>
        <location filename="../../kapjournal/reflection/after_session.py" line="-340"/>
        <location line="+29"/>
        <location line="+262"/>
        <source>This session no longer exists.</source>
        <translation>Diese Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This question no longer exists.</source>
        <translation>Diese Frage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/preparation/course.py" line="-182"/>
        <source>%1 must carry a time zone.</source>
        <extracomment>Entry kinds shown with the previous intention (not intentions or questions).</extracomment>
        <translation>%1 braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+74"/>
        <source>Unknown session setting.</source>
        <translation>Unbekannter Ort der Sitzung.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unknown kind of session.</source>
        <translation>Unbekannte Art von Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown session status.</source>
        <translation>Unbekannter Status der Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session lasts between 0 and 24 hours.</source>
        <translation>Eine Sitzung dauert zwischen 0 und 24 Stunden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A course cannot end before it starts.</source>
        <translation>Eine Behandlungsreihe kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That course no longer exists.</source>
        <translation>Diese Behandlungsreihe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>These questions are not for an intention.</source>
        <translation>Diese Fragen sind nicht für eine Absicht gedacht.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The mood rating goes from 0 to 10.</source>
        <translation>Die Stimmung geht von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The schedule is a list of days (1 to 60) and/or &quot;before_next&quot;.</source>
        <translation>Der Zeitplan ist eine Liste von Tagen (1 bis 60) und/oder &quot;before_next&quot;.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/prompts/answers.py" line="+16"/>
        <source>The answer to %1 must be text.</source>
        <translation>Die Antwort auf %1 muss Text sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to %1 is longer than %2 characters.</source>
        <translation>Die Antwort auf %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to %1 is not one of its choices.</source>
        <translation>Die Antwort auf %1 ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers to %1 must be among its choices.</source>
        <translation>Die Antworten auf %1 müssen unter den Auswahlmöglichkeiten sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer to %1 must be a number from %2 to %3.</source>
        <translation>Die Antwort auf %1 muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer %1 does not belong to this set of questions.</source>
        <translation>Die Antwort %1 gehört nicht zu dieser Fragensammlung.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/prompts/library.py" line="+225"/>
        <source>This set of questions is not available.</source>
        <translation>Diese Fragensammlung ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/backups.py" line="-372"/>
        <source>This file is not a KAP Journal backup.</source>
        <extracomment>A clock returning an aware UTC time; injected so tests never read the wall clock. An encrypted database does not compress; a member that inflates to more than this many times its stored size (and beyond a small floor) is not one of ours. Free space left over after a restore&apos;s temporary copy, so the disk is not filled.</extracomment>
        <translation>Diese Datei ist keine Sicherung von KAP Journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup file is not usable: it would unpack to far more than a journal holds (it is damaged or not a KAP Journal backup).</source>
        <translation>Diese Sicherungsdatei ist nicht verwendbar: Entpackt wäre sie viel größer als ein Journal (sie ist beschädigt oder keine Sicherung von KAP Journal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of KAP Journal. Please update the app.</source>
        <translation>Diese Sicherung stammt von einer neueren Version von KAP Journal. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup file is damaged and cannot be read.</source>
        <translation>Diese Sicherungsdatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup belongs to another journal, so it was not restored. Nothing was changed.</source>
        <translation>Diese Sicherung gehört zu einem anderen Journal und wurde darum nicht wiederhergestellt. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup did not pass its check after writing, so it was not kept. Older backups are untouched.</source>
        <translation>Die Sicherung hat die Prüfung nach dem Schreiben nicht bestanden und wurde darum nicht behalten. Ältere Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>The backup names another journal.</source>
        <translation>Die Sicherung gehört zu einem anderen Journal.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This file is not a KAP Journal backup: it holds unexpected files.</source>
        <translation>Diese Datei ist keine Sicherung von KAP Journal: Sie enthält unerwartete Dateien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup is incomplete: it lacks the journal or its key file.</source>
        <translation>Diese Sicherung ist unvollständig: Ihr fehlt das Journal oder seine Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The backup file cannot be found.</source>
        <translation>Die Sicherungsdatei ist nicht zu finden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This backup&apos;s key file is damaged, so it cannot be restored.</source>
        <translation>Die Schlüsseldatei dieser Sicherung ist beschädigt, darum kann sie nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is inconsistent: its parts name different journals.</source>
        <translation>Diese Sicherung ist widersprüchlich: Ihre Teile gehören zu verschiedenen Journalen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is not enough free disk space to restore this backup (it needs about %1 MB).</source>
        <translation>Es ist nicht genug Speicherplatz frei, um diese Sicherung wiederherzustellen (sie braucht etwa %1 MB).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This backup does not hold an encrypted journal.</source>
        <translation>Diese Sicherung enthält kein verschlüsseltes Journal.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/db.py" line="+41"/>
        <source>The journal is open read-only because its file is damaged, so this was not saved. Your text is still here. You can restore a backup in Settings.</source>
        <extracomment>The driver module. Tests swap in the plain ``sqlite3`` module to prove we refuse it.</extracomment>
        <translation>Das Journal ist nur zum Lesen geöffnet, weil seine Datei beschädigt ist. Darum wurde dies nicht gespeichert. Ihr Text ist noch da. In den Einstellungen können Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This copy of KAP Journal lacks its encryption library, so it will not open or create a journal.</source>
        <translation>Diesem KAP Journal fehlt die Verschlüsselungsbibliothek. Darum kann es kein Journal öffnen oder anlegen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../kapjournal/storage/fsutil.py" line="+93"/>
        <source>Could not %1: the disk is full.</source>
        <translation>%1 war nicht möglich: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the journal folder is read-only.</source>
        <translation>%1 war nicht möglich: Der Ordner des Journals ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the journal folder cannot be opened for writing.</source>
        <translation>%1 war nicht möglich: Der Ordner des Journals lässt sich nicht zum Schreiben öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file is damaged and cannot be read safely.</source>
        <translation>Die Journaldatei ist beschädigt und kann nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the system reported a disk error.</source>
        <translation>%1 war nicht möglich: Das System hat einen Fehler des Datenträgers gemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value was outside what the journal accepts.</source>
        <translation>Ein Wert lag außerhalb dessen, was das Journal annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not %1 (%2).</source>
        <translation>%1 war nicht möglich (%2).</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+6"/>
        <source>The search was replaced by a newer one.</source>
        <extracomment>Set when the file is damaged: every write is refused (SECURITY 36).</extracomment>
        <translation>Die Suche wurde durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Could not give the journal its new key: it is still in use.</source>
        <translation>Das Journal konnte seinen neuen Schlüssel nicht bekommen: Es wird noch verwendet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A file already exists where the new journal would go.</source>
        <translation>Dort, wo das neue Journal hin soll, liegt schon eine Datei.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no journal file in this folder.</source>
        <translation>In diesem Ordner ist keine Journaldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file is empty.</source>
        <translation>Die Journaldatei ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is an unencrypted database, not a KAP Journal.</source>
        <translation>Diese Datei ist eine unverschlüsselte Datenbank, kein KAP Journal.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The encryption library is missing.</source>
        <translation>Die Verschlüsselungsbibliothek fehlt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is not a KAP Journal that these keys can open, or it is damaged.</source>
        <translation>Diese Datei ist kein KAP Journal, das diese Schlüssel öffnen können, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/errors.py" line="+21"/>
        <source>save</source>
        <extracomment>The actions storage messages name (&quot;Could not %1: the disk is full.&quot;), marked here because they are passed around as arguments (tests/test_i18n.py checks the list).</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the file</source>
        <translation>Die Datei zu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup</source>
        <translation>Die Sicherung zu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewrite the backup</source>
        <translation>Die Sicherung neu zu schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpack the backup</source>
        <translation>Die Sicherung zu entpacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the backup</source>
        <translation>Die Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the journal</source>
        <translation>Das Journal zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the journal</source>
        <translation>Das Journal anzulegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the journal folder</source>
        <translation>Den Ordner des Journals anzulegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the journal its new key</source>
        <translation>Dem Journal den neuen Schlüssel zu geben</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/files.py" line="+123"/>
        <source>The key file beside the journal is missing.</source>
        <translation>Die Schlüsseldatei neben dem Journal fehlt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This journal is already open in another KAP Journal window.</source>
        <translation>Dieses Journal ist schon in einem anderen Fenster von KAP Journal geöffnet.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/fsutil.py" line="+2"/>
        <source>Could not %1: the folder cannot be written to (read-only or no permission).</source>
        <translation>%1 war nicht möglich: In den Ordner kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the folder does not exist.</source>
        <translation>%1 war nicht möglich: Den Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the system reported a problem (%2).</source>
        <translation>%1 war nicht möglich: Das System hat ein Problem gemeldet (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: the system reported a problem.</source>
        <translation>%1 war nicht möglich: Das System hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/journal.py" line="-343"/>
        <location filename="../../kapjournal/vault.py" line="+231"/>
        <source>The journal is locked.</source>
        <extracomment>A key rotation&apos;s progress, 0.0 to 1.0 (called from the thread doing the work). How long a rotation waits for a running backup or check to finish. Integrity problems found (page numbers, no content); when not empty the journal is open read-only and nothing is written to its file.</extracomment>
        <translation>Das Journal ist gesperrt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The change took effect, but the spare copy of the key file could not be updated.</source>
        <translation>Die Änderung ist wirksam, aber die Reservekopie der Schlüsseldatei konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The journal is busy with a backup. Please try again in a moment.</source>
        <translation>Das Journal erstellt gerade eine Sicherung. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>A journal already exists in this folder.</source>
        <translation>In diesem Ordner gibt es schon ein Journal.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The journal file is missing from this folder. A backup holds a copy.</source>
        <translation>Die Journaldatei fehlt in diesem Ordner. Eine Sicherung enthält eine Kopie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal file is damaged and needs an update this copy cannot make safely. Please restore a backup.</source>
        <translation>Die Journaldatei ist beschädigt und braucht eine Aktualisierung, die dieses Programm nicht sicher durchführen kann. Bitte stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/keyslots.py" line="+267"/>
        <source>That recovery code does not open this journal.</source>
        <translation>Dieser Wiederherstellungscode öffnet dieses Journal nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key remembered on this computer no longer fits this journal.</source>
        <translation>Der auf diesem Computer gespeicherte Schlüssel passt nicht mehr zu diesem Journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/vault.py" line="+19"/>
        <source>That passphrase does not open this journal.</source>
        <translation>Diese Passphrase öffnet dieses Journal nicht.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>This journal has no key of that kind.</source>
        <translation>Dieses Journal hat keinen Schlüssel dieser Art.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key file beside the journal is damaged. A backup holds a copy. (%1.)</source>
        <translation>Die Schlüsseldatei neben dem Journal ist beschädigt. Eine Sicherung enthält eine Kopie. (%1.)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The key file beside the journal is missing. A backup holds a copy.</source>
        <translation>Die Schlüsseldatei neben dem Journal fehlt. Eine Sicherung enthält eine Kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file beside the journal cannot be read.</source>
        <translation>Die Schlüsseldatei neben dem Journal kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/records.py" line="-7"/>
        <source>Check-in ratings go from 0 to 10.</source>
        <extracomment>The highest answer score per instrument (PCL-5 and AUDIT-C answers go to 4).</extracomment>
        <translation>Die Werte im Check-in gehen von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every item needs an answer from 0 to %1.</source>
        <translation>Jede Frage braucht eine Antwort von 0 bis %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total does not match the answers.</source>
        <translation>Der Gesamtwert passt nicht zu den Antworten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The difficulty answer goes from 0 to 3.</source>
        <translation>Die Antwort zu den Schwierigkeiten geht von 0 bis 3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot update a record that was never saved.</source>
        <translation>Ein Datensatz, der nie gespeichert wurde, kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/rotation.py" line="+48"/>
        <source>Could not give the journal its new key: the new copy did not check out.</source>
        <translation>Das Journal konnte seinen neuen Schlüssel nicht bekommen: Die neue Kopie hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not give the journal its new key: the new copy is incomplete.</source>
        <translation>Das Journal konnte seinen neuen Schlüssel nicht bekommen: Die neue Kopie ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/schema.py" line="+36"/>
        <source>This journal was made by a newer version of KAP Journal. Please update the app.</source>
        <extracomment>(version reached, SQL file). Append only; never edit a released file.</extracomment>
        <translation>Dieses Journal stammt von einer neueren Version von KAP Journal. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/values.py" line="+26"/>
        <source>This text is too long to save (over two million characters).</source>
        <translation>Dieser Text ist zu lang zum Speichern (über zwei Millionen Zeichen).</translation>
    </message>
    <message>
        <location filename="../../kapjournal/vault.py" line="-101"/>
        <source>Please wait %1 seconds before trying again.</source>
        <translation>Bitte warten Sie %1 Sekunden, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The current passphrase is not right.</source>
        <translation>Die aktuelle Passphrase stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/formatting.py" line="-19"/>
        <source>d MMM yyyy  HH:mm</source>
        <comment>date and time editor format (Qt QLocale)</comment>
        <translation>d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:mm</source>
        <comment>time format (Qt QLocale)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>dddd d MMMM yyyy</source>
        <comment>long date format (Qt QLocale)</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <comment>short date with weekday format (Qt QLocale)</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/protect.py" line="+157"/>
        <source>FHIR R4 Bundle (JSON) of this summary, for a health record system</source>
        <extracomment>Words in a generated password. The languages with a word list; any other falls back to English. A list must offer at least this many words (12 bits a word).</extracomment>
        <translation>FHIR-R4-Bundle (JSON) dieser Zusammenfassung, für ein Patientenaktensystem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-ins and questionnaire scores of this summary (CSV, for a spreadsheet)</source>
        <translation>Check-ins und Fragebogen-Punktwerte dieser Zusammenfassung (CSV, für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/password_page.py" line="+2"/>
        <source>“%1” is saved. It opens only with this password.</source>
        <translation>„%1“ ist gespeichert. Die Datei öffnet sich nur mit diesem Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is saved. It opens only with the password you chose.</source>
        <translation>„%1“ ist gespeichert. Die Datei öffnet sich nur mit dem Passwort, das Sie gewählt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF password</source>
        <translation>PDF-Passwort</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n words in small letters, with a space between them.</source>
        <translation>
            <numerusform>%n Wort in Kleinbuchstaben.</numerusform>
            <numerusform>%n Wörter in Kleinbuchstaben, mit je einem Leerzeichen dazwischen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read it to your therapist, for example on the phone or at your next visit. Do not send it in the same email as the file: anyone who gets both could open it.</source>
        <translation>Lesen Sie es Ihrer Therapeutin oder Ihrem Therapeuten vor, zum Beispiel am Telefon oder beim nächsten Termin. Schicken Sie es nicht in derselben E-Mail wie die Datei: Wer beides bekommt, könnte sie öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KAP Journal does not keep this password. When you close this window it is gone; if it gets lost, simply export again: the new file gets a new password.</source>
        <translation>KAP Journal speichert dieses Passwort nicht. Wenn Sie dieses Fenster schließen, ist es weg. Falls es verloren geht, exportieren Sie einfach noch einmal: Die neue Datei bekommt ein neues Passwort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have it, close</source>
        <translation>Ich habe es, schließen</translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/safety_plan.py" line="+6"/>
        <source>Written by the patient at a calm moment, for a hard one.</source>
        <translation>Von der Patientin oder dem Patienten in einem ruhigen Moment für einen schweren geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by the patient at a calm moment, for a hard one; last changed %1.</source>
        <translation>Von der Patientin oder dem Patienten in einem ruhigen Moment für einen schweren geschrieben; zuletzt geändert am %1.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/safety_plan_page.py" line="+0"/>
        <source>Saves your plan and goes back (Esc)</source>
        <translation>Speichert Ihren Plan und geht zurück (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share my safety plan in the summary for my care team</source>
        <translation>Meinen Sicherheitsplan in der Zusammenfassung für mein Behandlungsteam teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Save and go back</source>
        <translation>Speichern und zurück</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line</source>
        <translation>Eines pro Zeile</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your safety plan cannot be read just now, so it cannot be changed here.</source>
        <translation>Ihr Sicherheitsplan kann gerade nicht gelesen werden, deshalb kann er hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>Not saved. Your words are still here; try again in a moment.</source>
        <translation>Nicht gespeichert. Ihre Worte sind noch da; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan will be in the summary.</source>
        <translation>Ihr Plan wird in der Zusammenfassung stehen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your plan stays private.</source>
        <translation>Ihr Plan bleibt privat.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/questionnaire_settings.py" line="-49"/>
        <source>PHQ-9 and GAD-7 are always there. Switch on a questionnaire below if it fits what you are treated for; it is then suggested like the others, charted and shared in your summary.</source>
        <translation>PHQ-9 und GAD-7 sind immer da. Schalten Sie unten einen Fragebogen ein, wenn er zu Ihrer Behandlung passt; er wird dann wie die anderen vorgeschlagen, im Verlauf gezeigt und in Ihrer Zusammenfassung geteilt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questionnaire settings message</source>
        <translation>Meldung zu den Fragebogen-Einstellungen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved. Please try again.</source>
        <translation>Nicht gespeichert. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/course_purpose.py" line="+23"/>
        <source>What is this course for? (optional)</source>
        <translation>Wofür ist diese Behandlungsreihe? (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for you: it lets the app offer a questionnaire that fits. Skip it if you like.</source>
        <translation>Nur für Sie: So kann die App einen passenden Fragebogen anbieten. Sie können das gern überspringen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A questionnaire that fits, if you want it suggested:</source>
        <translation>Ein passender Fragebogen, wenn Sie ihn vorgeschlagen bekommen möchten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also suggest the %1 (%2)</source>
        <translation>Auch %1 vorschlagen (%2)</translation>
    </message>
</context>
</TS>
