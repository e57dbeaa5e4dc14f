<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kapjournal/exporters/__init__.py" line="+41"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV): check-ins and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 (JSON) for health records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/fhir.py" line="+64"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mood self-rating (0-10, 10 = very good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anxiety self-rating (0-10, 10 = very strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy self-rating (0-10, 10 = plenty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep self-rating (0-10, 10 = very well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/html.py" line="+240"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+79"/>
        <source>Patient</source>
        <extracomment>More courses than this are one line in the header (each still has its overview). Qt&apos;s rich-text engine: no margins on tables via CSS, no ``border-left`` on divs, so boxes are single-cell tables. Font sizes in pt follow the paint device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} courses, the first from {day}; each is in the course overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+24"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <location line="+3"/>
        <location line="+26"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+43"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-26"/>
        <location filename="../../kapjournal/ui/preparation/sessions_model.py" line="+73"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+14"/>
        <location filename="../../kapjournal/summary/model.py" line="+47"/>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+8"/>
        <location filename="../../kapjournal/summary/model.py" line="+1"/>
        <source>Course overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+13"/>
        <location line="+25"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-25"/>
        <location filename="../../kapjournal/summary/text.py" line="+30"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+29"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="+139"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+60"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+108"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+161"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="+324"/>
        <location line="+11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sessions planned in this course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <location filename="../../kapjournal/summary/model.py" line="+5"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="+344"/>
        <source>Questions for my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+9"/>
        <location filename="../../kapjournal/summary/model.py" line="-2"/>
        <source>PHQ-9 and GAD-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+15"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="+26"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Severity band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Change since first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+1"/>
        <source>Item 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+12"/>
        <location filename="../../kapjournal/summary/model.py" line="-1"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="+201"/>
        <location line="+196"/>
        <source>Mood and anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+123"/>
        <location filename="../../kapjournal/ui/measures/settings.py" line="+45"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Mood (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Anxiety (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+3"/>
        <source>Check-in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <source>%1 · mood %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart of mood and anxiety over the period, with session days marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="-105"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-57"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+72"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+2"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+415"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="-1"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+248"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-5"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+0"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/summary/measures.py" line="+155"/>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+2"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+132"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+108"/>
        <location filename="../../kapjournal/summary/model.py" line="-1"/>
        <source>Sessions and reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+10"/>
        <source>Other shared reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+6"/>
        <source>Action steps and how they went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+5"/>
        <location filename="../../kapjournal/summary/reflections.py" line="+189"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+122"/>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="+140"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+98"/>
        <source>Action step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/exporters/markdown_export.py" line="+0"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/pdf.py" line="+393"/>
        <source>Page %1 of %2</source>
        <extracomment>Space that must follow a heading on its page, as a share of the page height.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/checkins.py" line="+102"/>
        <source>Please enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a value from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>A custom item must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom item needs an id starting with &apos;custom_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please give the item a name of up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range must be two numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The highest value must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../../kapjournal/storage/records.py" line="+80"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-47"/>
        <source>A check-in needs a mood rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose up to %1 feeling words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeling words are up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra items must be a table of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This check-in has an item the journal does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day before session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days before session %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days after the last session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Please choose a time of day.</source>
        <extracomment>The daily check-in reminder time is the journal setting ``prefs.CHECKINS_REMINDER`` (&quot;HH:MM&quot;, &quot;&quot; = off); read and write it with :func:`reminder_time` / :func:`set_reminder_time`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/instruments.py" line="+139"/>
        <source>A %1 total of %2 is outside 0–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <location filename="../../kapjournal/storage/records.py" line="+11"/>
        <source>Unknown questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has %2 items, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every %1 answer goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Please answer every %1 item before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no difficulty question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difficulty answer is outside its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Before your first session of this course</source>
        <extracomment>Reason ids returned by :func:`due_on` with their English text (shown with :func:`kapjournal.i18n.translated`). ``%1`` is the session number within its course.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your weekly check during the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weeks after the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks after the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/reflection/after_session.py" line="+59"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+117"/>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="-99"/>
        <source>Three-minute breathing space</source>
        <extracomment>Kinds whose default the Settings page offers to change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+53"/>
        <source>Body scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting meditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindful walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../kapjournal/storage/records.py" line="-8"/>
        <source>Unknown kind of entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../kapjournal/storage/values.py" line="+19"/>
        <source>Times must carry a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+29"/>
        <source>Unknown integration step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>These questions are not for an integration reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An action step needs a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An action step is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../kapjournal/storage/records.py" line="+2"/>
        <source>Unknown action-step status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This action step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>A thought record holds at most %1 moods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thought record holds at most %1 thoughts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood ratings go from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belief goes from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown kind of practice note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes go from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/measures.py" line="-14"/>
        <source>Check-in — %1: mood %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, anxiety %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in at the lowest mood (%1 of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the safety page showed at the time was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The safety page showed the emergency number only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety page showed only the advice to call the local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crisis line %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emergency number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the advice to call the local emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the care team&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety page showed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n check-ins on %1 of %2 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood %1 of 10 (10 = very good); average anxiety %2 of 10 (10 = very strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lowest mood %1 on %2; highest %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/model.py" line="+143"/>
        <source>Summary for my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/ranges.py" line="+19"/>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/reflections.py" line="-90"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+42"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+64"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-114"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+46"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (on a scale of %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>before the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days after</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+133"/>
        <source>for session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/text.py" line="-16"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+214"/>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="+36"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="-11"/>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+3"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+63"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-45"/>
        <source>Thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+81"/>
        <source>Mindfulness practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+54"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+2"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="-213"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="-47"/>
        <source>Ketamine session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+2"/>
        <source>Integration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rTMS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurofeedback session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypnotherapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodywork session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written and chosen by the patient in KAP Journal. Questionnaire scores are self-reported snapshots to discuss together, not a diagnosis.</source>
        <extracomment>Fixed sentences shared by every renderer (shown with :func:`kapjournal.i18n.translated`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown first so they are not missed. KAP Journal alerts nobody; each note says what its safety page showed the patient at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PHQ-9: 0–27 (depression). GAD-7: 0–21 (anxiety). Change is against the first score of the same questionnaire in this period. Item 9 of the PHQ-9 asks about thoughts of being better off dead or of self-harm (0 = not at all, 3 = nearly every day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made with KAP Journal on the patient&apos;s own computer. This file is not encrypted. It contains only what the patient chose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing shared for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries, check-ins or questionnaires were shared for these dates. Entries appear here when they are marked “Share with my therapist”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+27"/>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+19"/>
        <source>ddd d MMM yyyy</source>
        <comment>date with weekday format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kapjournal/ui/common/charts.py" line="-85"/>
        <source>MMM yyyy</source>
        <comment>month format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="+28"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+56"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/country.py" line="+30"/>
        <source>Help near you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which country are you in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So that “Need help now?” shows the crisis lines and emergency number where you are. This stays on this computer, outside your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change it at any time on the “Need help now?” page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/settings/backups.py" line="+273"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/flows.py" line="+48"/>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/keychain.py" line="+47"/>
        <source>No secure keychain is available on this computer.</source>
        <extracomment>The smallest limit among supported keychains: a Windows credential blob holds at most 2560 bytes. ``keyslots.new_device_secret`` makes 44 ASCII characters. Journal ids are UUID hex strings; anything longer than this is a caller&apos;s mistake.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only keychain found stores secrets in a plain file, so KAP Journal will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/access/flows.py" line="+29"/>
        <location filename="../../kapjournal/ui/settings/actions.py" line="+199"/>
        <source>The system keychain did not answer.</source>
        <extracomment>The recovery page was opened from Settings (a new code), not at set-up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is locked. Unlock it, or type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is too long for the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This journal has no usable identity for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no secret to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/flows.py" line="+80"/>
        <location filename="../../kapjournal/ui/main_window.py" line="+221"/>
        <source>Sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The key saved on this computer no longer fits this journal. Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>The system keychain did not answer. Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update the saved key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key saved on this computer was out of date. Save a new one so the journal opens without typing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>KAP Journal keeps encrypted backups of your journal. You can put one back: the newest one is chosen, and you can choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/access/pages.py" line="+47"/>
        <source>Welcome to KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quiet place for your preparation, your sessions and what comes after. Everything you write stays on this computer, encrypted with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KAP Journal is not a medical device and does not replace your care team. It gives no medical or dosing advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a separate journal filled with invented entries. Nothing of yours goes in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase encrypts the journal. A few unrelated words are easy to remember and hard to guess. Next you will get a recovery code, in case you ever forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+78"/>
        <location line="+1"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+308"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+308"/>
        <location filename="../../kapjournal/ui/common/flow.py" line="+203"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+90"/>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="+86"/>
        <location line="+14"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+34"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-26"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+23"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Anyone who can use your computer account could then open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this code is the only way back into your journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+233"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+39"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To check you have kept it, type the last group of the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have kept it — continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That is not the last group yet. Please look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>KAP Journal recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+12"/>
        <source>Keep this somewhere safe. With it, anyone can open your journal and set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. Move that file somewhere safe, such as a USB stick you keep at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample journal: everything in it is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="-89"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the key saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+8"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+84"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Please wait… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery code you kept when you created the journal, then choose a new passphrase. Your entries stay exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <source>Open and set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Please type your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/app.py" line="+45"/>
        <source>Something went wrong just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>KAP Journal could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KAP Journal could not start. Nothing in your journal was changed.

Details for support were saved to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KAP Journal could not start. Nothing in your journal was changed.

The details for support could not be saved, but you can copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details hold version numbers and places in the program&apos;s code, nothing you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy diagnostic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The details were copied. Paste them into your message to support, then close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/charts.py" line="-2"/>
        <location filename="../../kapjournal/ui/common/formatting.py" line="-23"/>
        <source>d MMM</source>
        <comment>day and month format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>daily average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+244"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-5"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+240"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+1"/>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+41"/>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+164"/>
        <source>from %1 to %2, latest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+143"/>
        <source>daily averages</source>
        <extracomment>Narrower than this, the PHQ-9 and GAD-7 charts stack (their band labels need room).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+0"/>
        <source>weekly averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood and anxiety, %1, %2 – %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (0 to 10) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="-366"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 with check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="+3"/>
        <source>No check-ins in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 session days are marked with dashed lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 totals (0 to %2), %3 – %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None taken in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 taken, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/flow.py" line="-100"/>
        <source>%1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Leave this question blank and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/widgets.py" line="+143"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+9"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+93"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+114"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a few unrelated words you can remember, at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/errors.py" line="+18"/>
        <source>Something went wrong. Nothing you wrote was lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/main_window.py" line="-142"/>
        <location filename="../../kapjournal/ui/today.py" line="+102"/>
        <source>Today</source>
        <extracomment>emitted once the journal is locked (after every feature heard it) emitted once the journal is open and every feature heard it a table changed (``FeatureHost.data_changed``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="+86"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;diagnostic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sample journal (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The journal is getting its new key; it stays open until that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some of what you just wrote could not be saved (the disk may be full or the journal folder read-only). It is still on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal stayed open for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the journal open so you can copy your words somewhere safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnostic details copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnostic details are on the clipboard. They hold version numbers and places in the program&apos;s code, nothing from your journal. You can paste them into a message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KAP Journal %1

A private, encrypted journal for ketamine-assisted psychotherapy. Everything stays on this computer.

KAP Journal is not a medical device and does not replace your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/checkin_page.py" line="+0"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../kapjournal/ui/measures/feature.py" line="+202"/>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place in your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unfinished check-in is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any feeling words? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a feeling word of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word of your own, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+17"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-225"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <source>A note, if you like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+1"/>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feeling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Up to %1 feeling words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+170"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+212"/>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="+182"/>
        <location line="+88"/>
        <location filename="../../kapjournal/ui/measures/settings.py" line="+149"/>
        <location line="+21"/>
        <location line="+22"/>
        <location line="+16"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+153"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-85"/>
        <location line="+167"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+115"/>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="+178"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="+281"/>
        <location line="+24"/>
        <location line="+52"/>
        <location line="+137"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="+195"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+214"/>
        <location line="+43"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+44"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+149"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-24"/>
        <location line="+133"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place in course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/feature.py" line="-214"/>
        <source>Check-in sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+138"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-205"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+49"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="-129"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+197"/>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Check-in saved. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A ten-second check-in: mood, anxiety, energy and sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+19"/>
        <source>%1 suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. A few minutes about the last two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="+4"/>
        <location line="+79"/>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../kapjournal/ui/tray.py" line="+88"/>
        <source>A reminder from KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/tray.py" line="+0"/>
        <source>Open the app when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis lines and your care team, one click away (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/questionnaire_history.py" line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/questionnaire_page.py" line="-401"/>
        <source>← All questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to all questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>One question at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unfinished answers are back. Nothing is scored until every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questionnaire message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-147"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-315"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-80"/>
        <location line="+206"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-80"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-144"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-187"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+2"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/common.py" line="+14"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-79"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Question %1 of %2 · %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Kept as a draft. Questions still open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="+2"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+150"/>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="+192"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-186"/>
        <location line="+61"/>
        <location filename="../../kapjournal/ui/reflection/settings.py" line="+103"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Two short standard questionnaires about the last two weeks. Your answers are a snapshot to discuss with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 last taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier questionnaires, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers of the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggested now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/safety_page.py" line="-305"/>
        <source>Call or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>← Back</source>
        <extracomment>an ISO code, or OTHER_COUNTRY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Help for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Change country: crisis lines and emergency numbers for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Talk to someone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emergency number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Care team phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Care team email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You can write down a few steps that help you, for a hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My steps, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>One step per line, e.g. “Go for a short walk” or “Call Sam”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Write my steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change my steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Save my steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+84"/>
        <source>Steps saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Help in a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your country so “Need help now?” shows crisis lines near you. This choice is kept on this computer, outside the journal, so it also works when the journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps that help me (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps that help me, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/settings.py" line="-200"/>
        <source>Extra items for your check-in, if they fit what you are treated for. They appear on the chart like the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me to check in every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminder says only “A reminder from KAP Journal”, never what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own check-in items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Time outdoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Up to %1 items of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added. It is on your check-in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed from the check-in. Earlier values are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="-206"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-192"/>
        <source>Session %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Noticed something after a session? Note it here for your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/reflection/capture_page.py" line="+52"/>
        <location line="+1"/>
        <source>Which session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After which session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long did it last?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side effect message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care team phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier side effects, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What did you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Describe it in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blood-pressure reading, if you have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How strong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please choose what you noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose how strong it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/side_effects.py" line="+171"/>
        <source>Unknown side effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity is mild, moderate or severe (1 to 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please describe the side effect in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep the description under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duration is outside what the journal accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blood-pressure reading belongs to &apos;raised blood pressure&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+9"/>
        <source>Please enter both blood-pressure numbers, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper number goes from %1 to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lower number goes from %1 to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The upper number is usually the larger one; please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/side_effects_page.py" line="+70"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+23"/>
        <source>Not linked to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/trends_page.py" line="-90"/>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chart of mood and anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart of %1 totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trends as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, %2. Dashed lines mark ketamine session days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/measures/widgets.py" line="+288"/>
        <source>not set</source>
        <extracomment>The roles a table cell answers with its text (shown, and read by screen readers).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/measures/checkins.py" line="-212"/>
        <location filename="../../kapjournal/ui/measures/widgets.py" line="+1"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="-253"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/checklist_widget.py" line="-207"/>
        <source>Removed from your list; kept here because you ticked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_rows.py" line="+77"/>
        <location line="+44"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-249"/>
        <location line="+366"/>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="+84"/>
        <source>Cancel</source>
        <extracomment>The English patterns of the date editors (date_format()/datetime_format() give the window language&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Before my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinics differ. Follow your own clinic&apos;s instructions, and change these reminders to match them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes to the list apply to every session; your ticks stay with each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add something your clinic asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <source>Edit the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Edit the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="+143"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+132"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+189"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+7"/>
        <source>Not saved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Done editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+132"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+182"/>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Removed from your list. Sessions where you ticked it still show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write them down as they come; they can go into the summary you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New question for my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question for my care team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/common.py" line="-15"/>
        <source>Psychotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rTMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurofeedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypnotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body-oriented therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/dialogs.py" line="-344"/>
        <source>Your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-246"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+14"/>
        <source>Set up your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in what you know; everything can be changed later. Nothing here leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example: First course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Where you have your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care-team contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care-team phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Care-team e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Date of the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A typical course has three sessions within about two weeks, two to four days apart, sometimes with a fourth. Change each date and time to match what your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usual time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust any session below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session %1: date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A fourth session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a fourth session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the sessions take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <location line="+16"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Session %1 is in the past. That is fine if you are writing down an earlier course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessions %1 and %2 are at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+9"/>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+9"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only if you want to note it, as your clinic calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-194"/>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="+60"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This time is in the past. You can keep it, or mark the session done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This overlaps another appointment (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this session from your plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote {0} entries for this session (an intention, notes or questions). Keep them in your journal, or remove them with the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this course?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this course and all its sessions from your plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You wrote {0} entries for this course&apos;s sessions (intentions, notes or questions). Keep them in your journal, or remove them with the course?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep my writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/feature.py" line="+34"/>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="-22"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/intention_flow.py" line="-180"/>
        <source>Before you begin, a look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your intention for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-32"/>
        <location line="+67"/>
        <source>(No phrase written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-65"/>
        <source>If it gets hard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You did not write an intention last time. That is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you wrote since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action steps you chose, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short check-in before your session. It is kept with your other check-ins; you can skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mood %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Close for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your answers are kept; you can come back to them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="-8"/>
        <source>Session time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begin setting my intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the intention without a mood rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept as you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="+93"/>
        <source>Your intention for session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-130"/>
        <source>Your intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>We kept what you wrote last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/intention_page.py" line="-24"/>
        <location line="+56"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+16"/>
        <source>My intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>My anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>If it gets hard, come back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close my intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/prompt_packs_box.py" line="-177"/>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+43"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="-60"/>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+1"/>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindfulness (MBCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/summary/options.py" line="+88"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The questions behind intentions and reflections. Your therapist can give you a pack of their own as a .toml file; it is kept inside your encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A .toml prompt pack from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove imported pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions used for intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions for intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt pack message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import a prompt pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This pack was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” updated from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (version %2) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove this pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? What you already wrote with it stays in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="-65"/>
        <source>← All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No intention yet. A few quiet minutes before the session are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>Set intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+49"/>
        <source>Read my intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>When you are ready: what came up, and the reflections of the days after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="-37"/>
        <source>Write what came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Day %1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-167"/>
        <source>Before the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change my intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/sessions_model.py" line="-38"/>
        <source>Course from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>intention set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="+2"/>
        <source>New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Course details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No course yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up your course with the dates your clinic gave you. A typical plan is offered; you adjust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Courses and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An .ics file your own calendar app can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Care team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Your course is saved with %n sessions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is in the past and still marked as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overlaps another appointment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Session deleted. Your writing is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a course or one of its sessions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Course deleted. Your writing is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your intention is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Export to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The calendar file shows when your sessions are, with the neutral title “Therapy appointment” and reminders the evening before and two hours before. It is not encrypted: anyone who sees the file, or the calendar you import it into, can see these times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar file saved. Open it with your calendar app to add the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/settings.py" line="+28"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evening reminder hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning reminder hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evening before, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The morning of the session, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reminder only says “A reminder from KAP Journal”, never what it is about. It appears while the app is running, even when the journal is locked. For reminders when the app is closed, export your sessions to your own calendar from the Sessions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="-35"/>
        <source>Your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you know your session dates, set up your course. The app will then help you prepare for each session, one small step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No sessions planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your next session when you know its date, and the app will help you prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go gently with yourself. When you feel ready, a few words about what came up can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your course is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You came to %1 sessions. The weeks after a course are a time to keep noticing what changes; your journal is here for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go gently today. Your intention is here whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a quiet moment with your intention before you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you like, there is still time to set a short intention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Set your intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short look back at %1 can help you prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few quiet minutes of reflection can help the session settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-47"/>
        <source>Write a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 is in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your intention is ready. You can look over your checklist when you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take some quiet time to set your intention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-1"/>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no day set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/summary/model.py" line="-140"/>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="+18"/>
        <location line="+12"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+8"/>
        <source>Action steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/actions_widget.py" line="-8"/>
        <source>Small steps you chose after a reflection or a thought record. Looking back on them, whatever happened, is part of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No action steps yet. You can choose one at the end of a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note about how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words, if you like (what you did instead, what got in the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Planned for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+2"/>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="+318"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-42"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+338"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="-261"/>
        <source>← Back to practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+94"/>
        <location line="+81"/>
        <location line="+16"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Soft chime between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Practice finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you noticed? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I noticed in the breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+198"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+166"/>
        <location line="+21"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-215"/>
        <location line="+146"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+11"/>
        <location line="+26"/>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+40"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Three steps of about a minute each. The text guides you; sound is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>What to do in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress through the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 minutes %2 seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you are ready, choose your next step, gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is fine. Coming back to the breath, even briefly, counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minute added to your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes added to your practice log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than a minute, so nothing was added to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your note from last time is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kapjournal/ui/reflection/common.py" line="+6"/>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="+32"/>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-9"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/capture_page.py" line="-4"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-10"/>
        <source>This evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Saved. Rest well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/common.py" line="-202"/>
        <source>← Back to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before the next session (after session %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1 after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1 after session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>For example: a ten-minute walk after lunch on Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a day for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a day for the action step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day for the action step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/entry_model.py" line="+4"/>
        <source>Question for my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts are not facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>session %1</source>
        <extracomment>Answer ids that make a good one-line summary, in order of preference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/feature.py" line="-9"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-6"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-minute &amp;breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>We kept what you were writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unfinished writing is safe. Pick it up whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="-246"/>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You planned a step for today. How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 action steps have reached their day. How did they go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look back on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look back on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/journal_page.py" line="-2"/>
        <location line="+263"/>
        <source>We kept what you were writing last time. It is back in the editor.</source>
        <extracomment>Draft key prefixes this page knows how to reopen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Recovered writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Throw away the kept text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Reflections belong to a session. Add one on the Sessions page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>You were writing %1 when the journal closed. It was kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this evening&apos;s capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a reflection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a “thoughts are not facts” note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a body-scan reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note after the breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/note_editor.py" line="-278"/>
        <source>Write whatever you like. Markdown works: *italic*, **bold**, - lists. It is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-288"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moods, before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belief in the balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+73"/>
        <location line="+29"/>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+2"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/summary/preview.py" line="+30"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The preview appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>separated by commas, e.g. work, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-40"/>
        <location line="+1"/>
        <source>Share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="+1"/>
        <source>Only shared entries can appear in a summary you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add your own notes to this entry (Markdown works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write whatever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The preview shows the beginning of this long entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? Its text is wiped from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="-109"/>
        <source>Minutes of practice per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>week of %1: %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Minutes of body scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start a three-minute breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day of the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice log state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>This week: %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/reflection_page.py" line="-7"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Was it met? What shifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Optional. It will show on Today when its day comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save without a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reflection on session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Your intention for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No intention was written for this session. That is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved. Thank you for taking the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/settings.py" line="-79"/>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Reflection days after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Whole days, separated by commas (for example 1, 3). Today shows each one when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>And the day before the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect the day before the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the reflection schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with my therapist, unless I change it for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share by default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Please use whole days such as 1, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/thought_record_page.py" line="-9"/>
        <source>Linked session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save thought record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add a mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence that supports the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence that does not fully support the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternative or balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much I believe the balanced thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/thought_record_rows.py" line="-85"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>One word, e.g. anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How strong, mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mood %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strong now, mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(mood not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Automatic thought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thought or image, in the words it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thought %1 as the hot thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove thought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mood ratings before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 before, %3 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No moods rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rate your moods at the start and again in step 7 to see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="-36"/>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Write a free note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture a session the same evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reflection on a session: day 1 after, day 3 after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a CBT thought record (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindfulness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breathing space, notes and the practice log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps you chose, and how they went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show entries of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 newest matching entries. Add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matching entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/actions.py" line="-106"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the backup back in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is back in place. Unlock to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The journal is open read-only because its file is damaged, so its keys cannot be changed now. You can restore a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase changed. Your journal also has a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal got a new key, so it also has a new recovery code. Please keep this one and destroy the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase changed. Your recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not backed up: the journal failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Giving your journal a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This takes a moment. Please leave the app open until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/backups.py" line="-218"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You made this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From another journal, so it cannot be restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A file in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+126"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Your journal will be put back to how it was on %1. What you have now is kept as a backup, so you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>KAP Journal keeps encrypted backups of this journal, newest first. Putting one back keeps what you have now as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups yet. One is made when you open the journal, about once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/passphrase.py" line="+2"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal opens without a passphrase when you start the app. Untick to forget the saved key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saves a key in the system keychain. Anyone who can use your computer account could then open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lost your recovery code? Make a new one. The old code stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your old recovery code will stop working. Make a new one now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/settings/settings_page.py" line="-88"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when I have not used the app for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when the computer&apos;s screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock with the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="+95"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where your journal is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted backups are kept in its &apos;backups&apos; folder. To take your journal to a new computer, close the app and copy this whole folder to the same place there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removes the journal, its backups, its key files and the key saved on this computer. This cannot be undone. Export anything you want to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase to confirm deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>KAP Journal will be in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete this journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in this journal and its backups will be gone for good. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/shell.py" line="+45"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sample journal: everything here is invented. Nothing you write here is kept with your own journal.</source>
        <extracomment>A page was built (the window hands it the open journal at once). Navigation order; pages are inserted by it whatever order features declare them in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal file is damaged, so it is open read-only: you can read, but nothing new is saved. You can restore a backup in Settings → Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../kapjournal/ui/summary/options.py" line="+8"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../kapjournal/ui/tray.py" line="-54"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/feature.py" line="+16"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/options.py" line="-17"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Show my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick anything you would rather keep to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Changing a date switches to your own dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing shared in these dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Always included while this summary holds a PHQ-9 item 9 answer above “Not at all” or a check-in at the lowest mood. To leave it out, untick that item below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/preview.py" line="+2"/>
        <source>Preview details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n items · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/summary/summary_page.py" line="-130"/>
        <source>Saved “%1”. This file is not encrypted: keep it safe and send it only to your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file you export is not encrypted. Anyone who has the file can read it.

It is yours: KAP Journal sends nothing to anyone. Keep it somewhere safe, send it only to your care team, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before you export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Summary for your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to share. The preview on the right is exactly what the file will hold. Only entries you marked for sharing are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file could not be written. Nothing was lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/today.py" line="+1"/>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing needs doing today. Be gentle with yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/tray.py" line="-1"/>
        <source>Open KAP Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/cli.py" line="+64"/>
        <source>No passphrase was given on standard input.</source>
        <extracomment>Export formats -&gt; writer(journal, args, out_path). Summary formats register here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>--days must be between 1 and 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Passphrase refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-49"/>
        <source>Sample journal created with %n days of history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+94"/>
        <source>The folder for --out does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Exported to %1 (this file is not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The journal is damaged (%1 problem(s)).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../kapjournal/storage/backups.py" line="+476"/>
        <location filename="../../kapjournal/storage/journal.py" line="+476"/>
        <source>There is no journal in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is back in place. Open it with the passphrase you had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous state is kept as a backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New passphrase refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase changed. The journal has a new key, and the backups in its folder were re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code changed too. New recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/exchange.py" line="+223"/>
        <source>This file is too large to import.</source>
        <extracomment>Deepest nesting a file may have. An export uses 4 levels (document, ``tables``, a table, a row) and its deepest values a few more; 64 leaves room and stays far below the parser&apos;s recursion limit. Range of every whole-number column: the schema&apos;s CHECKs, else a sensible bound. Text columns that take one of a few values (the schema&apos;s CHECKs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>This file is not a KAP Journal export (not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file cannot be imported: it is nested too deeply (more than %1 levels in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be imported: table &apos;%1&apos;, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This file is not a KAP Journal export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This export does not say which format version it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This export was made by a newer version of KAP Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This export has no data tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported: it holds a table this journal does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported: table &apos;%1&apos; is not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+384"/>
        <source>A %1 row could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/exporters/ics.py" line="+75"/>
        <location filename="../../kapjournal/preparation/course.py" line="+246"/>
        <source>This course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/passphrase.py" line="+24"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <extracomment>zxcvbn&apos;s English feedback, each one also our own message (marked for the catalogue).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase would be easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passphrase cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/preparation/checklist.py" line="+166"/>
        <source>The checklist item is empty.</source>
        <extracomment>The longest text of each field of the data file, in characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist item is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>This checklist item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kapjournal/preparation/course.py" line="+25"/>
        <location filename="../../kapjournal/reflection/after_session.py" line="-340"/>
        <location line="+29"/>
        <location line="+262"/>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/preparation/course.py" line="-182"/>
        <source>%1 must carry a time zone.</source>
        <extracomment>Entry kinds shown with the previous intention (not intentions or questions).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+74"/>
        <source>Unknown session setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unknown kind of session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown session status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session lasts between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A course cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>These questions are not for an intention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The mood rating goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The schedule is a list of days (1 to 60) and/or &quot;before_next&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/prompts/answers.py" line="+16"/>
        <source>The answer to %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to %1 is not one of its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers to %1 must be among its choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer to %1 must be a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer %1 does not belong to this set of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/prompts/library.py" line="+162"/>
        <source>This set of questions is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/backups.py" line="-372"/>
        <source>This file is not a KAP Journal backup.</source>
        <extracomment>A clock returning an aware UTC time; injected so tests never read the wall clock. An encrypted database does not compress; a member that inflates to more than this many times its stored size (and beyond a small floor) is not one of ours. Free space left over after a restore&apos;s temporary copy, so the disk is not filled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup file is not usable: it would unpack to far more than a journal holds (it is damaged or not a KAP Journal backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of KAP Journal. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup belongs to another journal, so it was not restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup did not pass its check after writing, so it was not kept. Older backups are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+301"/>
        <source>The backup names another journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This file is not a KAP Journal backup: it holds unexpected files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup is incomplete: it lacks the journal or its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The backup file cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This backup&apos;s key file is damaged, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is inconsistent: its parts name different journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is not enough free disk space to restore this backup (it needs about %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This backup does not hold an encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/db.py" line="+40"/>
        <source>The journal is open read-only because its file is damaged, so this was not saved. Your text is still here. You can restore a backup in Settings.</source>
        <extracomment>The driver module. Tests swap in the plain ``sqlite3`` module to prove we refuse it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This copy of KAP Journal lacks its encryption library, so it will not open or create a journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../kapjournal/storage/fsutil.py" line="+93"/>
        <source>Could not %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the journal folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the journal folder cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the system reported a disk error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value was outside what the journal accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Could not give the journal its new key: it is still in use.</source>
        <extracomment>Set when the file is damaged: every write is refused (SECURITY 36).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A file already exists where the new journal would go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no journal file in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is an unencrypted database, not a KAP Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The encryption library is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is not a KAP Journal that these keys can open, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/errors.py" line="+33"/>
        <source>save</source>
        <extracomment>The actions storage messages name (&quot;Could not %1: the disk is full.&quot;), marked here because they are passed around as arguments (tests/test_i18n.py checks the list).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewrite the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpack the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the journal its new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/files.py" line="+123"/>
        <source>The key file beside the journal is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This journal is already open in another KAP Journal window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/fsutil.py" line="+2"/>
        <source>Could not %1: the folder cannot be written to (read-only or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the system reported a problem (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: the system reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/journal.py" line="-343"/>
        <location filename="../../kapjournal/vault.py" line="+231"/>
        <source>The journal is locked.</source>
        <extracomment>A key rotation&apos;s progress, 0.0 to 1.0 (called from the thread doing the work). How long a rotation waits for a running backup or check to finish. Integrity problems found (page numbers, no content); when not empty the journal is open read-only and nothing is written to its file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The change took effect, but the spare copy of the key file could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The journal is busy with a backup. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>A journal already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The journal file is missing from this folder. A backup holds a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal file is damaged and needs an update this copy cannot make safely. Please restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/keyslots.py" line="+267"/>
        <source>That recovery code does not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key remembered on this computer no longer fits this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kapjournal/vault.py" line="+19"/>
        <source>That passphrase does not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>This journal has no key of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The key file beside the journal is damaged. A backup holds a copy. (%1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The key file beside the journal is missing. A backup holds a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file beside the journal cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/records.py" line="-7"/>
        <source>Check-in ratings go from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every item needs an answer from 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total does not match the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The difficulty answer goes from 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot update a record that was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/rotation.py" line="+48"/>
        <source>Could not give the journal its new key: the new copy did not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not give the journal its new key: the new copy is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/schema.py" line="+34"/>
        <source>This journal was made by a newer version of KAP Journal. Please update the app.</source>
        <extracomment>(version reached, SQL file). Append only; never edit a released file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/storage/values.py" line="+21"/>
        <source>This text is too long to save (over two million characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/vault.py" line="-101"/>
        <source>Please wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kapjournal/ui/common/formatting.py" line="-19"/>
        <source>d MMM yyyy  HH:mm</source>
        <comment>date and time editor format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:mm</source>
        <comment>time format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>dddd d MMMM yyyy</source>
        <comment>long date format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <comment>short date with weekday format (Qt QLocale)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
