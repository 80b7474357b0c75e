<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Add the panel&apos;s members first: the community commissioners, then the civic commissioners and facilitators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet — record your first listening session: who came, and what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing heard yet — name a theme and write down what the panel said, in a sentence they would stand behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what we heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed yet — when the commission agrees what should change, record it and link it to what we heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet — add each organisation&apos;s pledge towards the actions agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates yet — log what each organisation reports, or send them update returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFrameworks</name>
    <message>
        <source>Frameworks it addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter framework areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework areas this action addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag action with framework areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFrameworkDialog</name>
    <message>
        <source>Add your own framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A framework is a named list of areas, for example the areas of your council&apos;s well-being plan. Tag actions with its areas to show which ones they address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One area on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>A commitment is an organisation&apos;s pledge towards an agreed action. No action is agreed yet: agree the first one, then add each organisation&apos;s pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Which areas our actions address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas no action addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area and its actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag actions with areas on Actions &amp; Commitments ▸ Actions. Double-click an action to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frameworks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is tagged with this framework yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet addressed by any action:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every area has at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action addresses this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework deleted, with its tags on actions. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure on every screen counts only the updates dated on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet: name them on Themes &amp; Insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet: each organisation&apos;s pledges will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by a date that has passed, and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mean progress of %n agreed action(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n organisation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is done yet, so there is nothing for the panel to agree with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %n done commitment(s), the panel agrees %1 really happened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing {name} will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes exactly this; Cancel leaves the database as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing this file would change nothing, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No commission in this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your commission to begin: its name, area and dates. Or import a commission&apos;s workbook (File ▸ Import workbook…), or load the demo commission to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, promised and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes &amp; Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp; Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;commission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a back-up cop&amp;y as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from back-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d update returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import update ret&amp;urn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Commission database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commission&lt;/b&gt; keeps a truth commission&apos;s accountability chain in one place: what the panel said, what was agreed, who committed to what, what has happened since, and whether the panel agrees it happened.&lt;/p&gt;&lt;p&gt;Every change is saved as you make it. Ctrl+Z undoes, Ctrl+K searches.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones of this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestones yet — add the first step this organisation plans towards its pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone, e.g. “Web form live”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the new milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the chosen milestone was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen milestone done on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen milestone not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} missed of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs a title: say what the step is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This commitment already has a milestone called “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone done on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every commission in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a commission to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a commission to see what it promised by a date that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue commitments of the chosen commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every commission as of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every commission in this database, each by its own rules, as of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} commissions, {1} commitments: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} overdue, earliest due first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecord</name>
    <message>
        <source>Adding the new record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverTimeCard</name>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress over time for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures at each quarter end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures over time could not be worked out: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out this organisation&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quarter end from {0}, and {1}: progress went from {2} to {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverTimeChart</name>
    <message>
        <source>commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now recorded as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The History of every record shows this name beside each change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you work, a back-up is taken this often (the newest ten are kept), and one each time a database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s own words. Changes at once; nothing you have typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded with every change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in review mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up while working every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Places to check before you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these before you share: a first name or surname of a member who is not named is in the report, and may need changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Checking a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name} and working out what it will add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <source>What should change? Tell us here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to say? (you don&apos;t have to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>No one has answered yet: closing the round now agrees nothing, and answers can no longer be given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, organisations, themes, sessions, quotes, what we heard, actions, pledges and updates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialValueScreen</name>
    <message>
        <source>Social value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the commission&apos;s work is worth, the way the evaluations in the background reading worked it out (£4.43, £5.31 and £2.19 of social value for every £1): count each outcome, give it a value in pounds, take off what would have happened anyway, and follow it over the years it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a value was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 81,250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the commission cost: money, staff time and in-kind support, in £.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate, percent a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in future years is worth a little less today. 3.5% a year is the Treasury Green Book&apos;s rate; leave it empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (% a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment: what the commission cost, including staff time and in-kind support. Discount rate: how much less a pound next year is worth today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social value for every pound invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and their present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes yet — add the first thing that changed for people because of the commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure is the figure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio again with each judgement 10 points higher or lower, and with every outcome counted for one year only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every £1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity of the ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadweight 10 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadweight 10 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution 10 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution 10 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off 10 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off 10 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome for 1 year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for people because of the commission, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it changed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was counted or asked to show it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people (or homes, or visits) it happened for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value a year (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial proxy: what the change is worth in pounds, for one of them, for one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of that value, so others can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years the change lasts (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadweight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much would have happened anyway, without the commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of it is down to others: other services, family, friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of it only moved a benefit or a problem from somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the change fades each year after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from: the actions and what we heard behind it, so the value can be traced to what the panel said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions this outcome comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter what we heard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we heard this outcome comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£%1 for every £1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total present value %1 from an investment of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a number: the value was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link outcome to where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesScreen</name>
    <message>
        <source>Themes and what we heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we heard sits under a theme: name the first theme (such as “Stigma in services”), then add what the panel said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing heard under this theme yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the panel said, in a sentence they would stand behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name} and working out what it will change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} edits to the return were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file (left as they were): {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
