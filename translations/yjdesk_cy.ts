<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name></name>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="58"></location>
            <source>%1 (yet to clarify)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="69"></location>
            <source>Your answer to '%1' was not saved: it was changed on another laptop meanwhile and now reads: %2. Your answer was: %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="76"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="54"></location>
            <source>Started</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="77"></location>
            <source>Moved to the current form</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="78"></location>
            <source>Submitted for countersign</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="79"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="40"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="129"></location>
            <source>Returned with comments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="80"></location>
            <source>Countersigned and locked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="120"></location>
            <source>&lt; Back to the list</source>
            <extracomment>Answers the service refused (wrong type, out of range), shown until corrected.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="122"></location>
            <source>Loading ...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="148"></location>
            <source>Things to fix (press Enter to go to one)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="160"></location>
            <source>Sections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="173"></location>
            <source>Save now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="175"></location>
            <source>Submit for countersign</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="207"></location>
            <source>%1 - %2 assessment (form version %3)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="216"></location>
            <source>countersigned by %1 on %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="265"></location>
            <source>These answers were given on an earlier version of the form. They are kept and shown here; they cannot be edited.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="274"></location>
            <source>From an earlier form version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="310"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="354"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="325"></location>
            <location filename="../yjdesk/ui/widgets/clash.py" line="27"></location>
            <source>Unsaved changes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="424"></location>
            <source>Not saved: changed on another laptop (see the question marked !).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="433"></location>
            <source>Not saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="440"></location>
            <source>Some answers need correcting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="451"></location>
            <source>Changed on another laptop since you opened this assessment. It now reads: %1. Your answer is still here: save again to replace that with it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="463"></location>
            <source>%n thing to fix before submitting - marked ! in the sections and shown under it (Enter on it goes there).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="465"></location>
            <source>%n things to fix before submitting - marked ! in the sections and shown under each question (Enter on one goes there).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/question.py" line="56"></location>
            <source>Yet to clarify</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/question.py" line="82"></location>
            <source>A number from %1 to %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/question.py" line="154"></location>
            <source>As at %1 - carried forward from the previous stage; confirm it is still current</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/question.py" line="157"></location>
            <source>As at %1 - updated in this stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/question.py" line="159"></location>
            <source>As at %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/__init__.py" line="19"></location>
            <source>Assessments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/__init__.py" line="22"></location>
            <location filename="../yjdesk/ui/assessments/queue.py" line="135"></location>
            <source>Countersign queue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="95"></location>
            <source>%1, %n day overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="95"></location>
            <source>%1, %n days overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="102"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="69"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="153"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="76"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="51"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="60"></location>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="30"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="50"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="60"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="57"></location>
            <source>Child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="103"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="51"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="424"></location>
            <source>Stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="104"></location>
            <source>Author</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="105"></location>
            <source>Submitted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="115"></location>
            <source>Section</source>
            <extracomment>Every column shares the pane's width and wraps (a long question or section name never pushes the answers off to a horizontal scroll bar).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="116"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="39"></location>
            <source>Question</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="117"></location>
            <source>Previous stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="118"></location>
            <source>This stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="136"></location>
            <source>Assessments waiting for your countersign, oldest first</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="140"></location>
            <source>Assessments waiting for countersign</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="144"></location>
            <source>Nothing is waiting for your countersign</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="145"></location>
            <source>Assessments appear here when a practitioner submits one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="152"></location>
            <source>Choose an assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="157"></location>
            <source>Answers of the assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="169"></location>
            <source>&amp;Open the child's record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="171"></location>
            <source>&amp;Return with comments...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="173"></location>
            <source>Cou&amp;ntersign...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="219"></location>
            <source>%n assessment waiting, oldest first</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="220"></location>
            <source>%n assessments waiting, oldest first</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="221"></location>
            <source>; %1 overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="250"></location>
            <source>%1: %2 assessment by %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="253"></location>
            <source>A first stage: every answer given.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="254"></location>
            <source>What changed since the previous stage.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="262"></location>
            <source>You cannot countersign this one: you wrote or submitted it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="267"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="198"></location>
            <source>The %1 assessment of %2, written by %3.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="275"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="196"></location>
            <source>Countersign and lock this assessment?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="275"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="197"></location>
            <source>Countersign and lock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="277"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="200"></location>
            <source>It is locked: nobody can change it afterwards. A change needs a review stage.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="279"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="202"></location>
            <source>Your name, the time and a fingerprint of its content are recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="281"></location>
            <source>%1 and the team see it as countersigned after the next sync.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="283"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="204"></location>
            <source>Your comment (kept with the assessment)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="284"></location>
            <source>Optional: what you checked, anything to follow up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="309"></location>
            <source>Return this assessment with your comments?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="309"></location>
            <source>Return it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="311"></location>
            <source>It goes back to %1 to change; it is not locked.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="313"></location>
            <source>Your comments are kept with the assessment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="314"></location>
            <source>What needs to change (the practitioner reads this)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="316"></location>
            <source>Say what needs to change before you return it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="17"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="93"></location>
            <source>Start</source>
            <extracomment>The kinds of stage (``models.assessment.STAGE_TYPES``), in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="17"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="40"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="60"></location>
            <source>Review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="18"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="94"></location>
            <source>End</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="18"></location>
            <source>Transfer in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="39"></location>
            <source>Countersigned by %1 on %2. This stage is locked; start a review to record new information.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="44"></location>
            <source>Submitted: waiting for a manager's countersign (due %1).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="46"></location>
            <source>Submitted: waiting for a manager's countersign.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="49"></location>
            <source>Draft - due %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="52"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="75"></location>
            <source>Intervention</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="77"></location>
            <source>Stage type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="78"></location>
            <source>Start assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="81"></location>
            <source>Intervention:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="83"></location>
            <source>Stage:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="87"></location>
            <source>Assessment stages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="123"></location>
            <source>Record the child's intervention (disposal or prevention episode) before starting an assessment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="403"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="193"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="775"></location>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="268"></location>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="269"></location>
            <source>Saved %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="194"></location>
            <source>Save the assessment summary</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="56"></location>
            <source>Countersigned</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="39"></location>
            <source>Countersigned (locked)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="92"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="427"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="140"></location>
            <source>Open</source>
            <extracomment>A safeguarding item's status (``SafeguardingStatus``), in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="94"></location>
            <source>Start review from this stage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="96"></location>
            <source>Summary PDF ...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="32"></location>
            <source>Court work</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="33"></location>
            <source>Team caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="34"></location>
            <source>Service caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="40"></location>
            <source>My caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="74"></location>
            <source>Search by name, case number or PNC</source>
            <extracomment>The next-due column has been filled in (number of children with something due).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="77"></location>
            <source>Search the caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="81"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="141"></location>
            <source>Whole team</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="82"></location>
            <source>Mine only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="83"></location>
            <source>Whose children</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="88"></location>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="38"></location>
            <source>New child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="89"></location>
            <source>Add a child (Ctrl+N)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="105"></location>
            <source>Caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="179"></location>
            <source>Not loaded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="194"></location>
            <source>%n child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="194"></location>
            <source>%n children</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="196"></location>
            <source>%1 of %n child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/caseload_page.py" line="197"></location>
            <source>%1 of %n children</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="29"></location>
            <source>Non-compliance and enforcement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="30"></location>
            <source>When enforcement was needed but not taken, give the reason.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="37"></location>
            <source>(not decided)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="48"></location>
            <source>Enforcement needed?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="49"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="129"></location>
            <source>Action taken</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="50"></location>
            <source>Why not taken</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="51"></location>
            <source>Alternatives tried</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="52"></location>
            <source>Compliance panel date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="53"></location>
            <source>Panel outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="54"></location>
            <source>Breach proceedings began</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="55"></location>
            <source>Breach outcome /
recommendation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="91"></location>
            <source>Not decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="97"></location>
            <source>Needed?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="99"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="50"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="70"></location>
            <source>Action</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="100"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="80"></location>
            <source>Panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="101"></location>
            <source>Breach</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="102"></location>
            <source>Reason not taken</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="110"></location>
            <source>Record &amp;non-compliance...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="111"></location>
            <source>&amp;Decide / update...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="114"></location>
            <source>Non-compliance episodes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="131"></location>
            <source>%n episode waiting for an enforcement decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="132"></location>
            <source>%n episodes waiting for an enforcement decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="133"></location>
            <source>No non-compliance recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="134"></location>
            <source>Every episode has an enforcement decision.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="184"></location>
            <source>New contact record</source>
            <extracomment>The draft's id as the database worker last saved it: read and set by each save job on the worker (jobs run one after another there), so a save queued while an earlier one of a new record is still running updates that record, not a second. The record as this editor last showed or saved it (set on load, then by each save job on the worker once it is on disk): a save changes only what was changed from it, so an edit pulled meanwhile (a manager's amendment) is kept, or shown if it clashes. A save that finds a clash leaves it as it was. Fields shown as changed elsewhere (name -&gt; what the store holds): the person's text stays; no autosave, and no other save writes them, until the person saves. Such fields the person chose to save over (name -&gt; what they were shown): the next save's base there (kept until a save is on disk). The person chose to close, keeping the other text where it clashes. Closing waits for the draft to be saved (a failed save keeps the editor open).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="188"></location>
            <source>Contact record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="202"></location>
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="203"></location>
            <source>Finalise (Ctrl+Enter)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="204"></location>
            <source>Close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="233"></location>
            <source>Date of contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="238"></location>
            <source>Time of contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="239"></location>
            <source>hh:mm</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="246"></location>
            <source>at</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="249"></location>
            <source>&amp;When</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="255"></location>
            <source>&amp;Type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="256"></location>
            <source>&amp;Venue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="107"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="257"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="31"></location>
            <source>Venue detail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="258"></location>
            <source>Who was &amp;present</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="259"></location>
            <source>A&amp;ttendance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="109"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="261"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="27"></location>
            <source>Aim</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="109"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="261"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="27"></location>
            <source>Content</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="110"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="262"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="28"></location>
            <source>Risk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="111"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="262"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="29"></location>
            <source>Next steps</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="111"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="263"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="29"></location>
            <source>Safeguarding</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="267"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="140"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="165"></location>
            <source>%1 - %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="268"></location>
            <source>Safeguarding concern: tell my manager</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="272"></location>
            <source>Child's views, wishes
and feelings (own words)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="114"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="277"></location>
            <source>Plan targets worked on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="292"></location>
            <source>Contact record - %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="314"></location>
            <source>Save changes (Ctrl+Enter)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="315"></location>
            <source>Final record: you can still correct it in the edit window.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="320"></location>
            <source>This record is final: amend it from the Contacts tab (with a reason).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="441"></location>
            <source>Draft saved %1, but not your text changed on another laptop (see the form).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="445"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="502"></location>
            <source>Draft saved %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="471"></location>
            <source>Not saved: changed on another laptop (see the form).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="473"></location>
            <source>Not saved: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="475"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="532"></location>
            <source>Not saved: your text is still here.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="541"></location>
            <source>Contact record saved.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="556"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="559"></location>
            <source>Please check the form: nothing was finalised.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="619"></location>
            <source>You have corrected this final record but not saved the corrections. Some were changed on another laptop meanwhile (shown under the field): saving puts yours in their place. Discarding cannot be undone.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="624"></location>
            <source>Some of your text was changed on another laptop meanwhile (shown under the field): saving puts yours in its place; discarding keeps the other laptop's text there and loses yours. The rest of the draft is saved either way.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="650"></location>
            <source>Save your changes to this record?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="616"></location>
            <source>You have corrected this final record but not saved the corrections. Discarding them cannot be undone.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/clash.py" line="18"></location>
            <source>'%1' was not saved: it was changed on another laptop meanwhile and now reads: %2. You had written: %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/clash.py" line="32"></location>
            <source>Discard</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="640"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="660"></location>
            <source>Saving the draft before closing ...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="113"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="30"></location>
            <source>Child's views, wishes and feelings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="108"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="31"></location>
            <source>Who was present</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="98"></location>
            <source>no date yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="99"></location>
            <source>Present: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="100"></location>
            <source>DRAFT</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="108"></location>
            <source>Safeguarding concern raised to the manager.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="111"></location>
            <source>Amended %1: %2 was "%3". Reason: %4</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="120"></location>
            <source>You can still correct this record in place until %1 (use "Open / carry on"). An amendment instead keeps the original text with your reason.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="123"></location>
            <source>The edit window has passed: the original text is kept with your reason.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="129"></location>
            <source>Amend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="129"></location>
            <source>Amend contact record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="133"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="140"></location>
            <source>Part to amend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="137"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="141"></location>
            <source>New text</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="139"></location>
            <source>Reason for the amendment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="142"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="60"></location>
            <source>Reason</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="157"></location>
            <source>Final</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="162"></location>
            <source>(no date)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="106"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="166"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="108"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="38"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="51"></location>
            <source>Type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="108"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="170"></location>
            <source>Attendance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="186"></location>
            <source>&amp;New contact (Ctrl+Shift+A)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="187"></location>
            <source>&amp;Open / carry on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="188"></location>
            <source>A&amp;mend...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="191"></location>
            <source>Contact records</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="195"></location>
            <source>The chosen contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="213"></location>
            <source>%n record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="213"></location>
            <source>%n records</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="214"></location>
            <source>; %n draft of yours to finish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="215"></location>
            <source>; %n drafts of yours to finish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="230"></location>
            <source>No contact records yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="34"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="59"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="68"></location>
            <source>Suitable</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="35"></location>
            <source>Currently</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="35"></location>
            <source>Previously</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="36"></location>
            <source>Never</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="43"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="85"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="120"></location>
            <location filename="../yjdesk/ui/widgets/clash.py" line="31"></location>
            <location filename="../yjdesk/ui/widgets/form_dialog.py" line="72"></location>
            <source>Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="49"></location>
            <source>Hours offered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="50"></location>
            <source>Hours attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="62"></location>
            <source>Intervention ended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="63"></location>
            <source>ETE at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="64"></location>
            <source>ETE hours a week offered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="65"></location>
            <source>ETE hours a week attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="66"></location>
            <source>Accommodation at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="67"></location>
            <source>Accommodation suitable?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="68"></location>
            <source>Victim / RJ engagement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="69"></location>
            <source>Continuing support</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="70"></location>
            <source>Looked after at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="71"></location>
            <source>Child in need at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="73"></location>
            <source>Child protection plan at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="74"></location>
            <source>Early help at the end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="75"></location>
            <source>Receiving service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="76"></location>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="147"></location>
            <source>Arrangements</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="77"></location>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="147"></location>
            <source>Strategies the child chose</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="78"></location>
            <source>Child's feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="79"></location>
            <source>Family's feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="133"></location>
            <source>No end-of-intervention record yet.</source>
            <extracomment>A new record can be started: the child has a current disposal to end.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="137"></location>
            <source>&lt;b&gt;Signed off&lt;/b&gt; by %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="138"></location>
            <source>&lt;b&gt;Draft&lt;/b&gt; - missing before sign-off: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="139"></location>
            <source>nothing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="140"></location>
            <source>ETE:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="140"></location>
            <source>Accommodation:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="141"></location>
            <source>Victim / RJ:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="141"></location>
            <source>Continuing support:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="149"></location>
            <source>What the child said</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="150"></location>
            <source>What the family said</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="157"></location>
            <source>&amp;Record end / exit plan...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="158"></location>
            <source>&amp;Sign off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="159"></location>
            <source>Exit plan &amp;PDF...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="237"></location>
            <source>Exit plan saved to %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="238"></location>
            <source>Save the exit plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="42"></location>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="164"></location>
            <source>End of intervention and exit plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="215"></location>
            <source>Sign off this end-of-intervention record?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="216"></location>
            <source>Sign off and lock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="217"></location>
            <source>The exit plan of %1, recorded by the case manager.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="219"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="744"></location>
            <source>It is locked: nobody can change it afterwards.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="220"></location>
            <source>The plan goes with the child to the service that supports them next (print the PDF).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="50"></location>
            <source>Out-of-court panel decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="51"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="196"></location>
            <source>One condition a line; start a line with * for a mandatory condition (others are voluntary).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="56"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="76"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="133"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="139"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="44"></location>
            <source>Referral date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="62"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="205"></location>
            <source>Disposal end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="65"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="281"></location>
            <source>The child understood the implications</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="66"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="282"></location>
            <source>The parent or carer understood the implications</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="67"></location>
            <source>Record the disposal on the child's record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="77"></location>
            <source>Screening summary</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="78"></location>
            <source>YJS recommendation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="79"></location>
            <source>Why the YJS recommends it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="82"></location>
            <source>Panel attendees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="83"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="143"></location>
            <source>Child's admission</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="84"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="144"></location>
            <source>Evidential standard met</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="85"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="141"></location>
            <source>Child Gravity Matrix score (1-5)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="86"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="208"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="416"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="81"></location>
            <source>Decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="87"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="209"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="298"></location>
            <source>Rationale</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="89"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="211"></location>
            <source>Disposal ends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="52"></location>
            <location filename="../yjdesk/ui/assessments/question.py" line="90"></location>
            <location filename="../yjdesk/ui/assessments/queue.py" line="57"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="23"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="91"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="125"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="119"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="321"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="367"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="47"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="44"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="35"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="141"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="183"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="38"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="214"></location>
            <source>Yes</source>
            <extracomment>The timescales of a panel case (None: police-led).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="52"></location>
            <location filename="../yjdesk/ui/assessments/question.py" line="90"></location>
            <location filename="../yjdesk/ui/assessments/queue.py" line="57"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="23"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="92"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="125"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="119"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="321"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="47"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="44"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="35"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="141"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="183"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="38"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="214"></location>
            <source>No</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="131"></location>
            <source>Out-of-court referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="135"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="140"></location>
            <source>Date of bail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="159"></location>
            <source>YJS assessment for the decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="161"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="165"></location>
            <source>Assessed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="166"></location>
            <source>Assessment summary</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="164"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="167"></location>
            <source>Police informed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="178"></location>
            <source>The YJS's recommendation to the panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="182"></location>
            <source>YJS recommends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="183"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="137"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="63"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="60"></location>
            <source>Why</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="195"></location>
            <source>Joint decision panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="41"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="58"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="199"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="206"></location>
            <source>Panel date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="207"></location>
            <source>Attendees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="230"></location>
            <source>Police-led outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="231"></location>
            <source>An outcome the police decided without the panel (Outcome 8, 22, 23 or no further action), recorded when the YJS hears of it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="241"></location>
            <source>Decided by the police on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="237"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="242"></location>
            <source>YJS told on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="258"></location>
            <source>Conditions not complied with</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="260"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="263"></location>
            <source>Not complied with on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="264"></location>
            <source>Prosecution decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="262"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="265"></location>
            <source>Decided on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="236"></location>
            <source>Police decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="276"></location>
            <source>Disposal delivered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="379"></location>
            <source>open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="385"></location>
            <source>Timescales:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="386"></location>
            <source>Prior out-of-court disposals at the decision:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="389"></location>
            <source>YJS recommendation:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="392"></location>
            <source>Panel attendees:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="393"></location>
            <source>Admission:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="394"></location>
            <source>evidential standard met:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="395"></location>
            <source>gravity score:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="396"></location>
            <source>Decision rationale</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="400"></location>
            <source>Child and parent/carer understood the implications:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="401"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="171"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="245"></location>
            <source>Outcome:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="403"></location>
            <source>Prosecution decision:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="491"></location>
            <source>No out-of-court decisions.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="63"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="90"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="278"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="283"></location>
            <source>Date delivered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="91"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="284"></location>
            <source>Delivered by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="298"></location>
            <source>Outcome on completion</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="110"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="261"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="28"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="240"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="303"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="426"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="96"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="86"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="108"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="64"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="141"></location>
            <source>Outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="324"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="411"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="135"></location>
            <source>Referred</source>
            <extracomment>Where a case stands (``OocStage``), in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="324"></location>
            <source>Assessed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="325"></location>
            <source>Recommended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="326"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="398"></location>
            <source>Delivered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="326"></location>
            <source>Ended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="347"></location>
            <source> - late</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="350"></location>
            <source>YJS assessment due %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="353"></location>
            <source>Police to be informed by %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="363"></location>
            <source>mandatory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="363"></location>
            <source>voluntary</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="366"></location>
            <source>None</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="368"></location>
            <source>Not confirmed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="370"></location>
            <source>Referral awaiting decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="373"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="269"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="233"></location>
            <source>none</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="374"></location>
            <source>YJS told %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="375"></location>
            <source>Stage: %1. Referred %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="376"></location>
            <source>bail %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="378"></location>
            <source>by %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="417"></location>
            <source>Awaiting decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="421"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="82"></location>
            <source>By</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="34"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="46"></location>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="94"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="304"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="148"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="79"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="106"></location>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="136"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="107"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="152"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="201"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="232"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="37"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="49"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="49"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="59"></location>
            <location filename="../yjdesk/ui/widgets/forms.py" line="76"></location>
            <source>Date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="439"></location>
            <source>New &amp;referral...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="440"></location>
            <source>&amp;Assess...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="441"></location>
            <source>Reco&amp;mmend...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="442"></location>
            <source>&amp;Panel decision...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="447"></location>
            <source>Record de&amp;livery...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="448"></location>
            <source>Record &amp;outcome...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="449"></location>
            <source>Non-&amp;compliance...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="450"></location>
            <source>Police-led o&amp;utcome...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="443"></location>
            <source>Whole &amp;decision...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="454"></location>
            <source>Out-of-court decisions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="458"></location>
            <source>The chosen decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="97"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="39"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="75"></location>
            <source>Contact</source>
            <extracomment>What each kind of item is, and the tab of the record that deals with it.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="70"></location>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="69"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="82"></location>
            <source>My week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="43"></location>
            <source>Enforcement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="44"></location>
            <source>Not seen</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="45"></location>
            <source>Court order</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="57"></location>
            <source>%1: %2 late (%3)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="58"></location>
            <location filename="../yjdesk/ui/due_words.py" line="68"></location>
            <source>%n day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="58"></location>
            <location filename="../yjdesk/ui/due_words.py" line="68"></location>
            <source>%n days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="60"></location>
            <source>Due today</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="255"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="61"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="118"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="54"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="42"></location>
            <source>%1: %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="82"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="171"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="56"></location>
            <source>Loading...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="83"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="66"></location>
            <source>&amp;Refresh</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="85"></location>
            <source>Things due this week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="89"></location>
            <source>Nothing due this week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="90"></location>
            <source>Contacts, reviews and assessments appear here 7 days before they fall due, and stay until done.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="105"></location>
            <source>%1 overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="105"></location>
            <source>%1 due in the next 7 days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="107"></location>
            <source>%n child not seen within policy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="108"></location>
            <source>%n children not seen within policy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="109"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="119"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="39"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="73"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="121"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="201"></location>
            <source>, </source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="125"></location>
            <source>Close safeguarding item</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="125"></location>
            <source>Acknowledge item</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="126"></location>
            <source>Close item</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="129"></location>
            <source>Why it can close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="142"></location>
            <source>Closed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="151"></location>
            <source>Raised</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="159"></location>
            <source>Concern</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="160"></location>
            <source>Manager's actions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="173"></location>
            <source>&amp;Acknowledge...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="174"></location>
            <source>&amp;Close item...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="175"></location>
            <source>&amp;Open child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="180"></location>
            <source>No open safeguarding items</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="183"></location>
            <source>Items stay here until closed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="196"></location>
            <source>%n open safeguarding item</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="197"></location>
            <source>%n open safeguarding items</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="41"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="257"></location>
            <source>Area</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="42"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="257"></location>
            <source>Target</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="43"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="257"></location>
            <source>Owner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="44"></location>
            <source>Child's words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="45"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="257"></location>
            <source>Sessions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="56"></location>
            <source>Plan start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="57"></location>
            <source>Plan starts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="68"></location>
            <source>Add target</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="68"></location>
            <source>Remove target</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="75"></location>
            <source>Targets</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="80"></location>
            <source>The plan in the
child's words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="81"></location>
            <source>If risk to the child
rises (contingency)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="83"></location>
            <source>If risk to others
rises (contingency)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="85"></location>
            <source>Victim safety</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="90"></location>
            <source>Curfew</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="90"></location>
            <source>Exclusion</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="90"></location>
            <source>Police links</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="94"></location>
            <source>External controls</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="96"></location>
            <source>Controls detail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="130"></location>
            <source>Target %1: sessions and order are whole numbers.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="182"></location>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="62"></location>
            <source>Save plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="182"></location>
            <source>Write the plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="183"></location>
            <source>Targets for desistance, the child's safety and wellbeing, and keeping other people safe; with contingency plans.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="209"></location>
            <source>standard</source>
            <extracomment>The intervention levels, in words ("at the out of court level"), translated where shown.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="209"></location>
            <source>enhanced</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="210"></location>
            <source>intensive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="210"></location>
            <source>out of court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="211"></location>
            <source>prevention</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="220"></location>
            <source>No open target for %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="224"></location>
            <source>%1 but only about %2 fit: %3 on the %4 at the %5 level (%6 a week). Is the plan proportionate to the disposal?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="226"></location>
            <source>%n session is planned</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="227"></location>
            <source>%n sessions are planned</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="228"></location>
            <source>%n week left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="228"></location>
            <source>%n weeks left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="232"></location>
            <source>All targets have the same place in the sequence; say what comes first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="236"></location>
            <source>curfew</source>
            <extracomment>The external controls a plan may list.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="237"></location>
            <source>exclusion</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="238"></location>
            <source>police links</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="245"></location>
            <source>No plan yet. Write one after the assessment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="254"></location>
            <source>Answers the %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="255"></location>
            <source>Not linked to a countersigned assessment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="262"></location>
            <source>Plan from %1 (version %2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="266"></location>
            <source>If risk to the child rises:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="267"></location>
            <source>If risk to others rises:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="268"></location>
            <source>Victim safety:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="269"></location>
            <source>External controls:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="277"></location>
            <source>&amp;Write plan...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="278"></location>
            <source>Review and &amp;change plan...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="284"></location>
            <source>The current plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="296"></location>
            <source>%1 assessment of %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="304"></location>
            <source>Warning: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="33"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="101"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="140"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="177"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="52"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="129"></location>
            <source>Record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="33"></location>
            <source>Record a significant change</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="34"></location>
            <source>A review of the plan falls due because of it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="46"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="42"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="108"></location>
            <source>What happened</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="106"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="161"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="67"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="43"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="106"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="68"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="48"></location>
            <source>When</source>
            <extracomment>A final record still inside its author's edit window. A field's name as a message about a clash left unsaved names it.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="47"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="44"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="150"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="159"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="115"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="233"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="53"></location>
            <source>Detail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="39"></location>
            <source>Date of the event</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="60"></location>
            <source>Record review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="63"></location>
            <source>Date of the review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="65"></location>
            <source>Review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="70"></location>
            <source>Kind of review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="74"></location>
            <source>What has changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="75"></location>
            <source>Information from
other agencies</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="77"></location>
            <source>If the plan stays
the same, why</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="79"></location>
            <source>Loading the plan...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="94"></location>
            <source>&lt;b&gt;No plan yet:&lt;/b&gt; write one on the Plan tab; record why below.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="99"></location>
            <source>&lt;b&gt;The plan&lt;/b&gt; - change it here as the review decides:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="139"></location>
            <source>Reviewed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="140"></location>
            <source>What changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="142"></location>
            <source>Plan changed / why not</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="143"></location>
            <source>Plan updated</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="149"></location>
            <source>Event</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="158"></location>
            <source>Record a &amp;significant change...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="159"></location>
            <source>&amp;Record review...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="163"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="166"></location>
            <source>Significant changes recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="181"></location>
            <source>%n review due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="181"></location>
            <source>%n reviews due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="182"></location>
            <source>No triggered review due.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="38"></location>
            <source>Edit child's details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="40"></location>
            <source>Fields marked * are required. Type dates as day/month/year.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="41"></location>
            <source>Add child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="41"></location>
            <source>Save changes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="47"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="78"></location>
            <source>Date of birth</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="48"></location>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="49"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="87"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="119"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="167"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="215"></location>
            <source>Choose...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="51"></location>
            <source>Blank: given at the next sync</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="53"></location>
            <source>Leave blank: the service gives the number at the next sync</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="55"></location>
            <source>e.g. 2010/0123456X</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="66"></location>
            <source>ETE hours per week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="68"></location>
            <source>The child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="69"></location>
            <source>First name *</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="70"></location>
            <source>Last name *</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="71"></location>
            <location filename="../yjdesk/ui/child_record/view.py" line="51"></location>
            <source>Preferred name</source>
            <extracomment>The facts under the child's name (captions, translated where shown).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="72"></location>
            <source>Date of birth *</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="73"></location>
            <source>Gender *</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="74"></location>
            <source>Ethnicity *</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="75"></location>
            <location filename="../yjdesk/ui/child_record/view.py" line="51"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="87"></location>
            <source>Case number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="76"></location>
            <source>PNC number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="77"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="173"></location>
            <source>Legal and care status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="78"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="174"></location>
            <source>Looked after</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="79"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="175"></location>
            <source>Child in need</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="80"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="176"></location>
            <source>Child protection plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="81"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="177"></location>
            <source>Home local authority</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="82"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="178"></location>
            <source>Placing local authority</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="84"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="182"></location>
            <source>Diversity and communication</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="85"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="183"></location>
            <source>Diversity needs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="86"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="184"></location>
            <source>Communication needs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="87"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="185"></location>
            <source>Communication screening (ECT)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="88"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="187"></location>
            <source>Education, training and employment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="89"></location>
            <source>ETE status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="90"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="189"></location>
            <source>School or provider</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/child_form.py" line="91"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="190"></location>
            <source>Hours per week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="53"></location>
            <source>Add an address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="54"></location>
            <source>A new current address ends the previous one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="34"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="59"></location>
            <source>Not suitable</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="60"></location>
            <source>From the accommodation type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="62"></location>
            <source>Address line 1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="63"></location>
            <source>Address line 2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="64"></location>
            <source>Town</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="65"></location>
            <source>Postcode</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="56"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="66"></location>
            <source>Moved in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="57"></location>
            <source>Moved out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="67"></location>
            <source>Moved out (if past)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="68"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="67"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="152"></location>
            <source>Accommodation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="69"></location>
            <source>Suitable?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="85"></location>
            <source>Add a parent, carer or significant person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="88"></location>
            <source>Has parental responsibility</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="89"></location>
            <source>Lives with the child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="94"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="71"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="204"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="86"></location>
            <source>Name</source>
            <extracomment>The value a column sorts by (numbers and dates, not their text). The whole :class:`CaseloadRow`. The child's id. Roles as plain ints, and those :meth:`CaseloadTableModel.value` answers (looking up a Qt enum member costs more than the rest of a ``data()`` call; a view asks ~2,000 times a repaint). The design system's tone of each due state (colour and icon follow the palette in use).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="95"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="72"></location>
            <source>Relationship</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="98"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="125"></location>
            <source>Phone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="99"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="126"></location>
            <source>Email</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="100"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="64"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="125"></location>
            <source>Address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="243"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="101"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="76"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="144"></location>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="44"></location>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="117"></location>
            <source>Add an offence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="121"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="84"></location>
            <source>Gravity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="123"></location>
            <source>Leave blank to use the usual gravity for the offence type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="124"></location>
            <source>A victim was involved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="127"></location>
            <source>Date of offence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="128"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="81"></location>
            <source>Offence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="53"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="174"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="155"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="47"></location>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="257"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="138"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="129"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="82"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="188"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="113"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="72"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="84"></location>
            <source>Status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="74"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="136"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="130"></location>
            <source>Gravity score</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="132"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="86"></location>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="158"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="168"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="111"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="233"></location>
            <source>Quantity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="162"></location>
            <source>Add requirement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="159"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="171"></location>
            <source>Hours a week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="158"></location>
            <source>Requirement or condition</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="159"></location>
            <source>Ends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="169"></location>
            <source>Hours or days, where the requirement has a quantity (a curfew: hours a day)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="172"></location>
            <source>A curfew's hours in any 7 days (at most 112 for convictions from 28 June 2022)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="174"></location>
            <source>Requirement ends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="175"></location>
            <source>When the requirement ends before the order (an exclusion: at most 3 months; a curfew: within 12 months)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="178"></location>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="197"></location>
            <source>Choose each requirement, or remove the empty row.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="214"></location>
            <source>Add a disposal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="217"></location>
            <source>Court or panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="220"></location>
            <source>Only when the child was convicted before the order was made: curfew hours and unpaid work follow the conviction date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="236"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="89"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="89"></location>
            <source>Disposal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="237"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="90"></location>
            <source>Decided by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="81"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="218"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="238"></location>
            <source>Decision date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="239"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="130"></location>
            <source>Convicted on (if earlier)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="223"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="240"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="125"></location>
            <source>Start date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/exit_tab.py" line="47"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="224"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="241"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="127"></location>
            <source>End date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="88"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="210"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="397"></location>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="242"></location>
            <source>Conditions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="243"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="97"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="132"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="77"></location>
            <source>Requirements</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="245"></location>
            <source>Offences dealt with</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="168"></location>
            <source>Personal details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="169"></location>
            <source>Full name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="170"></location>
            <source>Gender</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="171"></location>
            <source>Ethnicity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="197"></location>
            <source>Add address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="199"></location>
            <source>Address history</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="65"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="102"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="75"></location>
            <source>From</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="66"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="103"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="77"></location>
            <source>To</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="56"></location>
            <source>Now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="210"></location>
            <source>Add person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="214"></location>
            <source>Parents, carers and significant people</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="73"></location>
            <source>Parental responsibility</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="42"></location>
            <source>Suspected</source>
            <extracomment>An offence's status (``OffenceStatus``) in the justice tab's table, in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="74"></location>
            <source>Lives with child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="223"></location>
            <source>Add offence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="225"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="124"></location>
            <source>Offences</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="85"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="78"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="249"></location>
            <source>Victim</source>
            <extracomment>(use, consent date, words) the victims agreed documents may quote.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="227"></location>
            <source>Add disposal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="229"></location>
            <source>Disposals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="325"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="91"></location>
            <source>Decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="237"></location>
            <source>Case allocation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="100"></location>
            <source>Worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="101"></location>
            <location filename="../yjdesk/ui/signin.py" line="304"></location>
            <source>Role</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="239"></location>
            <source>Changes and views of this record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="107"></location>
            <source>Who</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="109"></location>
            <source>Part of the record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="45"></location>
            <source>Overview</source>
            <extracomment>Built-in sections: these first, the features' sections after them, History last.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="46"></location>
            <source>Family and relationships</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="47"></location>
            <source>Offences and disposals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="51"></location>
            <source>Born</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="52"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="62"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="90"></location>
            <source>Case manager</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="52"></location>
            <source>PNC</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="52"></location>
            <source>Current disposal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="87"></location>
            <source>%1 (age %2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="90"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="94"></location>
            <source>No current disposal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="91"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="40"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="142"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="163"></location>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="29"></location>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="214"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="53"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="168"></location>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="95"></location>
            <source>Unallocated</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="208"></location>
            <source>This part of the record could not be shown: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="88"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="119"></location>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="321"></location>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="40"></location>
            <location filename="../yjdesk/ui/child_record/view.py" line="84"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="235"></location>
            <source>Not recorded</source>
            <extracomment>The author may still change it in place (a draft, or final inside the edit window). When the author's edit window closes (final records), else None.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="120"></location>
            <source>Edit details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="123"></location>
            <source>Back to caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="125"></location>
            <source>Close this record (Esc)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="135"></location>
            <source>Opening the record...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="148"></location>
            <location filename="../yjdesk/ui/child_record/view.py" line="150"></location>
            <source>Back to %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/view.py" line="170"></location>
            <source>This record could not be opened.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="30"></location>
            <source>Connect this laptop to yjdesk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="33"></location>
            <source>&lt;h2&gt;Connect this laptop&lt;/h2&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="34"></location>
            <source>Sign in with your yjdesk account. This first sign-in needs a connection; the children you work with are then kept on this laptop, encrypted with your password, and sign-in works offline.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="39"></location>
            <source>https://yjdesk-sync.your-council.gov.uk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="42"></location>
            <location filename="../yjdesk/ui/settings_dialog.py" line="39"></location>
            <source>Set by your IT team</source>
            <extracomment>Beside a setting the machine-wide config locks (translated where shown).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="44"></location>
            <source>Sync service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="45"></location>
            <location filename="../yjdesk/ui/signin.py" line="231"></location>
            <location filename="../yjdesk/ui/signin.py" line="303"></location>
            <source>User name</source>
            <extracomment>Why an online sign-in is needed (the offline lease ran out: yjdesk.sync.lease).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="46"></location>
            <location filename="../yjdesk/ui/lock.py" line="105"></location>
            <location filename="../yjdesk/ui/lock.py" line="107"></location>
            <location filename="../yjdesk/ui/signin.py" line="232"></location>
            <location filename="../yjdesk/ui/signin.py" line="307"></location>
            <location filename="../yjdesk/ui/widgets/password.py" line="35"></location>
            <source>Password</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="47"></location>
            <location filename="../yjdesk/ui/signin.py" line="238"></location>
            <source>Sign in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/connect_dialog.py" line="62"></location>
            <source>Please enter your user name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="126"></location>
            <source>&lt;b&gt;Hearings&lt;/b&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="128"></location>
            <source>Add hearing...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="129"></location>
            <source>Record outcome...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="130"></location>
            <source>Request PSR...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="131"></location>
            <source>Stand-down report...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="108"></location>
            <source>Time</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="47"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="76"></location>
            <source>%1 (%2)</source>
            <extracomment>The child's ongoing court orders (a hearing may revoke, vary or extend one).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="109"></location>
            <source>Outcome / status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="137"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="116"></location>
            <source>Hearings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="140"></location>
            <source>&lt;b&gt;Court reports&lt;/b&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="113"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="82"></location>
            <source>Hearing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="141"></location>
            <source>Reports for the court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="144"></location>
            <source>Open report...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/__init__.py" line="13"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="99"></location>
            <source>Court list</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="29"></location>
            <source>Sent</source>
            <extracomment>A court report's status: "Sent" (to the court), or the code list's label.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="41"></location>
            <source>Next 7 days</source>
            <extracomment>(key, words, range of dates for ``today``); the first is the default.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="42"></location>
            <source>Today</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="43"></location>
            <source>This week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="44"></location>
            <source>Next week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="45"></location>
            <source>Next 4 weeks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="51"></location>
            <source>No report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="102"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="90"></location>
            <source>&amp;Show</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="105"></location>
            <source>Which days to show</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="109"></location>
            <source>Only &amp;my hearings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="117"></location>
            <source>No hearings in these days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="118"></location>
            <source>Choose more days above, or untick "Only my hearings".</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="148"></location>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="59"></location>
            <source>%1 to %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="150"></location>
            <source>%n hearing, %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/court_list.py" line="151"></location>
            <source>%n hearings, %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="60"></location>
            <source>Add hearing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/__init__.py" line="18"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="108"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="75"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="63"></location>
            <source>Court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="60"></location>
            <source>Add a court hearing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="64"></location>
            <source>Court name (if other)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="66"></location>
            <source>Hearing date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="68"></location>
            <source>Time (HH:MM)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="70"></location>
            <source>Hearing type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="109"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="74"></location>
            <source>Legal representative</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="76"></location>
            <source>Solicitors' firm</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="77"></location>
            <source>Defence secure e-mail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="78"></location>
            <source>Offences before the court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="99"></location>
            <source>Record outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="99"></location>
            <source>Record the outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="101"></location>
            <source>A remand to local authority or youth detention accommodation makes the child looked after (LASPO 2012) by the designated authority. Sentence limits follow the dated rules in force on the conviction date (for a detention and training order, the order date).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="110"></location>
            <source>Remand / bail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="112"></location>
            <source>Designated local authority</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="114"></location>
            <source>Establishment (youth detention)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="116"></location>
            <source>LASPO conditions met</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="118"></location>
            <source>How the conditions were met</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="122"></location>
            <source>Sentence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="125"></location>
            <source>Sentence starts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="127"></location>
            <source>Sentence ends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="128"></location>
            <source>Responsible officer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="134"></location>
            <source>Order revoked / varied / extended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="136"></location>
            <source>Extended to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="137"></location>
            <source>New end date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="138"></location>
            <source>Next court (if another)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="140"></location>
            <source>Adjourned to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="141"></location>
            <source>Next hearing date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="142"></location>
            <source>Next hearing type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="168"></location>
            <source>Request report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="168"></location>
            <source>Request a court report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="169"></location>
            <source>The report is pre-filled from the child's latest countersigned assessment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="113"></location>
            <location filename="../yjdesk/ui/court/court_list.py" line="84"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="172"></location>
            <source>Report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/queue.py" line="107"></location>
            <location filename="../yjdesk/ui/assessments/tab.py" line="55"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="127"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="136"></location>
            <location filename="../yjdesk/ui/court/child_tab.py" line="113"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="175"></location>
            <source>Due</source>
            <extracomment>A review's status (``ReviewStatus``), in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="193"></location>
            <source>Record as sent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="193"></location>
            <source>Record sending</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="194"></location>
            <source>Record that the finalised report %1 was sent. The record is kept with the report and cannot be changed; the report itself is locked and will not change.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="198"></location>
            <source>Record that the finalised report was sent. The record is kept with the report and cannot be changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="202"></location>
            <source>Sent to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="205"></location>
            <source>How</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="225"></location>
            <source>Return report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="225"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="267"></location>
            <source>Return with comments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="226"></location>
            <source>Return the report %1 to its author to put right. It is not locked; your comments are kept with it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="230"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="232"></location>
            <source>What needs to change</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="202"></location>
            <source>Court report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="261"></location>
            <location filename="../yjdesk/ui/child_record/view.py" line="49"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="258"></location>
            <source>History</source>
            <extracomment>Fields changed since the last save read them: a reload does not overwrite them. Each section as the person last saw it from the store: a save changes only the sections typed in, and only where the store still holds this (see ps.save_sections). Sections shown as changed elsewhere (key -&gt; what the store holds): the person's text stays; no autosave, and no other save (the lock, closing, sign out) writes them, until the person saves (Save draft, Submit, Refresh). Such sections the person chose to save over (key -&gt; what they were shown): the base of the next save of each (kept until a save of it is on disk). The person chose to close, keeping the colleague's text where it clashes. Sections a save still on the worker writes (how many such saves), and what each save wrote (set and read on the worker only): a save queued behind another expects that one's text, not the base it was read against. Closing waits for the text to be saved (a failed save keeps the editor open).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="127"></location>
            <source>Submitted for the manager's check</source>
            <extracomment>"for Blackpool Youth Court, 23/11/2026": the report's title after its kind. The gatekeeping steps and every sending, oldest first, in words. "finalised by Colin Hughes on 20/11/2026 14:05 GMT" (finalised reports).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="128"></location>
            <source>Marked court ready</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="132"></location>
            <source>the court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="132"></location>
            <source>the defence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="139"></location>
            <source>finalised by %1 on %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="139"></location>
            <source>its author</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="147"></location>
            <source>someone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="254"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="149"></location>
            <source>%1: %2 by %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="69"></location>
            <source>Changed on another laptop since you opened this report. It now reads: %1. Your text is still here: save again to replace that with it.</source>
            <extracomment>The author's text is saved this often while it changes (a crash loses at most this much).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/editor.py" line="50"></location>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="123"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="92"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="347"></location>
            <source>(nothing)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="156"></location>
            <source>%1: Sent to %2 (%3): %4. Recorded by %5</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="169"></location>
            <source>Pre-filled from the assessment countersigned %1 (ref %2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="172"></location>
            <source>Written without a countersigned assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="173"></location>
            <source>No countersigned assessment to pre-fill from</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="182"></location>
            <source>%1 for %2, %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="184"></location>
            <location filename="../yjdesk/ui/tour/stops.py" line="149"></location>
            <source>for %1, %2</source>
            <extracomment>What the tour gives a dialog in place of a record's words (a screen shows them as given: data to the pseudo check, as the record's own would be).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="263"></location>
            <source>Save draft</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="264"></location>
            <source>Refresh from assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="265"></location>
            <source>Submit for check</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="266"></location>
            <source>Court ready</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="268"></location>
            <source>Finalise</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="269"></location>
            <source>Save PDF...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="270"></location>
            <source>Record sending...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="291"></location>
            <source>Sources of information (one a line)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="299"></location>
            <source>Conclusion</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="304"></location>
            <source>Proposed sentence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="76"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="306"></location>
            <source>Length (months)</source>
            <extracomment>Labels of the parts of a report that :data:`ps.LABELS` does not name.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="306"></location>
            <source>Length</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="308"></location>
            <source>Requirements (code: detail, one a line)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="78"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="309"></location>
            <source>Proposal detail</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="312"></location>
            <source>How the ratings were assessed
(printed in the report)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="315"></location>
            <source>No countersigned, recent assessment stands behind this report: say how you assessed the ratings (who you saw, what you read).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="395"></location>
            <source>Line %1: unknown requirement '%2'.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="434"></location>
            <source>Status: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="601"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="615"></location>
            <source>Report saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="649"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="669"></location>
            <source>Saving before closing ...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="656"></location>
            <source>Save your changes to this report?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="657"></location>
            <source>Some of your text was changed on another laptop meanwhile (shown under the field): saving puts yours in its place; discarding keeps the other laptop's text there and loses yours. The rest of the report is saved either way.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="695"></location>
            <source>Report submitted for its quality check</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="701"></location>
            <source>Ratings refreshed from the latest countersigned assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="727"></location>
            <source>Report court ready</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="751"></location>
            <source>Report finalised</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="763"></location>
            <source>Save the report as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="764"></location>
            <location filename="../yjdesk/ui/widgets/pdf.py" line="27"></location>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/util.py" line="48"></location>
            <location filename="../yjdesk/ui/court/report_editor.py" line="438"></location>
            <source>Returned by the manager: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="440"></location>
            <source>Not yet submitted or sent.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="720"></location>
            <source>Mark this report court ready?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="720"></location>
            <source>Mark court ready</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="721"></location>
            <source>The report %1, written by the court officer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="722"></location>
            <source>You confirm it meets the standard to go to court.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="723"></location>
            <source>Its author can then finalise it; after that nobody can change it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="742"></location>
            <source>Finalise this report?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="742"></location>
            <source>Finalise and lock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="743"></location>
            <source>The report %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="745"></location>
            <source>A fingerprint of its content is recorded, so any copy can be checked against it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="747"></location>
            <source>It can then be printed and sent to the court and the defence.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="73"></location>
            <source>Starting the demo sync service on this computer (invented people only). The first time it also makes the demo data, which takes a few seconds...</source>
            <extracomment>How often a demo laptop syncs with the local demo service in the background. The local demo sync service, stopped by :meth:`stop`; ``None`` in a build without the sync service (one local demo profile instead). The password every demo user has (shown on the sign-in screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="91"></location>
            <source>Preparing the demo service (invented people only). This takes a few seconds the first time...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="142"></location>
            <source>yjdesk demo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="168"></location>
            <source>&lt;b&gt;Demo data&lt;/b&gt;: every person in it is invented.&lt;br&gt;The password of every demo user is &lt;b&gt;%1&lt;/b&gt;</source>
            <extracomment>``(phase, done, total)`` from the sign-in worker (delivered on the UI thread).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="171"></location>
            <source>Sign in to the yjdesk demo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="173"></location>
            <source>&lt;h2&gt;Sign in to the yjdesk demo&lt;/h2&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="175"></location>
            <source>Choose who to be. Each demo user has their own laptop profile on this computer holding only the children the service lets them see. The first sign-in downloads it from the demo sync service running on this computer; after that it syncs in the background, as a real laptop does.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="187"></location>
            <source>%1 (%2): %3</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="191"></location>
            <source>User name %1; signed in on this computer before</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="193"></location>
            <source>User name %1; the first sign-in downloads their records</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="200"></location>
            <source>Demo user</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="201"></location>
            <source>Demo sync service: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="236"></location>
            <source>Signing in as %1 and downloading their records from the demo service...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="238"></location>
            <source>Signing in as %1...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="245"></location>
            <source>Downloading records from the demo service: %1 so far...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/demo_launcher.py" line="257"></location>
            <source>The demo service refused: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/lock.py" line="97"></location>
            <source>&lt;h2&gt;yjdesk is locked&lt;/h2&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/lock.py" line="99"></location>
            <source>Records are hidden. %1, enter your password to carry on.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/lock.py" line="113"></location>
            <source>Unlock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/lock.py" line="150"></location>
            <source>%1 (File &gt; Sign out, then sign in online.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="113"></location>
            <source>Pages</source>
            <extracomment>Room a window manager takes around the window (title bar and borders), so that a window sized to the screen's free area still fits once decorated. The window was closed (Quit, the close box, or sign out). Windows hidden by the lock, shown again by :meth:`unlock`. The page a child's record was opened from ("Back" returns there).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="184"></location>
            <source>Signed in as %1, %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="189"></location>
            <source>Offline: changes are kept on this laptop</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="202"></location>
            <source>&amp;File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="203"></location>
            <source>&amp;New child...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="208"></location>
            <source>&amp;Lock now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="212"></location>
            <source>Sign &amp;out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="218"></location>
            <source>&amp;Quit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="222"></location>
            <source>&amp;Child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="223"></location>
            <source>&amp;Help</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="224"></location>
            <source>&amp;About yjdesk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="243"></location>
            <source>Choose a child first: select one in the caseload or open their record.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="271"></location>
            <source>About yjdesk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/main_window.py" line="272"></location>
            <source>&lt;b&gt;yjdesk %1&lt;/b&gt;&lt;br&gt;Build: %2&lt;br&gt;Case management for youth justice services in England and Wales.&lt;br&gt;Works offline; records on this laptop are encrypted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="88"></location>
            <source>Establishment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="90"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="91"></location>
            <source>Placed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="102"></location>
            <source>Record meeting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="105"></location>
            <source>Held on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="107"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="182"></location>
            <source>Who attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="109"></location>
            <source>Actions agreed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="124"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="125"></location>
            <source>Accommodation confirmed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="126"></location>
            <source>Where</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="128"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="129"></location>
            <source>ETE confirmed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="95"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="71"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="130"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="109"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="232"></location>
            <source>What</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="85"></location>
            <source>Placement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="86"></location>
            <source>The establishment list is data kept by the service.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="101"></location>
            <source>Record the %1 meeting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="120"></location>
            <source>Accommodation and ETE for release</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="121"></location>
            <source>Both must be confirmed, with their dates, before release.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="141"></location>
            <source>Record release</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="141"></location>
            <source>Release on licence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="142"></location>
            <source>A DTO is released at the halfway point, or in its early or late release window; then supervision in the community.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="146"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="147"></location>
            <source>Released on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="68"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="148"></location>
            <source>Licence conditions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="377"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="42"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="127"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="163"></location>
            <source>not yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="48"></location>
            <source>Placed %1 at %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="50"></location>
            <source>Placed %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="52"></location>
            <source>Looked after by %1 from %2 to %3.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="55"></location>
            <source>Looked after by %1 from %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="58"></location>
            <source>Released on licence %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="60"></location>
            <source>Release due %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="61"></location>
            <source>Accommodation confirmed %1: %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="63"></location>
            <source>Accommodation not confirmed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="64"></location>
            <source>ETE confirmed %1: %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="66"></location>
            <source>ETE not confirmed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="67"></location>
            <source>LASPO conditions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="70"></location>
            <source>%1: %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="151"></location>
            <source>Compassionate release</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="153"></location>
            <source>Education, training, work</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="154"></location>
            <source>confirmed with 'Accommodation and ETE...'</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="171"></location>
            <source>Custody, remand and resettlement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="173"></location>
            <source>Meeting timescales (initial planning, reviews, release planning) are this service's policy (by default, the 2013 National Standards figures).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="176"></location>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="206"></location>
            <source>No custody or remand.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="181"></location>
            <source>Meeting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="181"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="227"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="80"></location>
            <source>Due by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="181"></location>
            <source>Held</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="182"></location>
            <source>Actions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="183"></location>
            <source>Custody meetings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="187"></location>
            <source>Placement...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="188"></location>
            <source>Record meeting...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="189"></location>
            <source>Accommodation and ETE...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="191"></location>
            <source>Release on licence...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="192"></location>
            <source>Custody plan (PDF)...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="251"></location>
            <source>Custody plan saved to %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/custody_section.py" line="252"></location>
            <source>Save the custody plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="21"></location>
            <source>Record the %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="22"></location>
            <source>Record panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="23"></location>
            <source>Every panel meets with at least one YJS member and two community volunteers (one name a line).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="25"></location>
            <source>The court ordered a parent to attend.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="29"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="80"></location>
            <source>Met on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="32"></location>
            <source>YJS members</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="34"></location>
            <source>Community volunteers</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="36"></location>
            <source>Who else attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="38"></location>
            <source>The child attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="41"></location>
            <source>A parent or guardian attended</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="42"></location>
            <source>What the panel decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="61"></location>
            <source>Save terms</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="61"></location>
            <source>Contract terms</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="62"></location>
            <source>Write the terms in plain words the child understands: the child gets a copy. One term a line.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="66"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="85"></location>
            <source>Reparation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="69"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="85"></location>
            <source>Activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="73"></location>
            <source>Other terms</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="87"></location>
            <source>Record signatures</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="87"></location>
            <source>Sign the contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="88"></location>
            <source>The order's compliance period runs from the day the contract is signed, not the court date.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="92"></location>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="93"></location>
            <source>Signed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="95"></location>
            <source>Panel member who signed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="98"></location>
            <source>The child signed the contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="109"></location>
            <source>Extend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="109"></location>
            <source>Extend the compliance period</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="110"></location>
            <source>On the panel's written report the court may extend the period by up to 3 months (12 months in total).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="114"></location>
            <source>Months</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="115"></location>
            <source>Court's decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="116"></location>
            <source>Court date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="119"></location>
            <source>The child was present in court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="130"></location>
            <source>Refer back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="130"></location>
            <source>Refer back to court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="131"></location>
            <source>The panel sends the court its written report.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="134"></location>
            <source>The panel's report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/dialogs.py" line="136"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="59"></location>
            <source>Referred on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="105"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="226"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="232"></location>
            <source>Requirement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="111"></location>
            <source>Hours / days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="114"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="233"></location>
            <source>Reported by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/plan_tab.py" line="46"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="146"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="201"></location>
            <source>Order</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/child_tab.py" line="90"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="39"></location>
            <source>%1 from %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="42"></location>
            <source>signed off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="42"></location>
            <source>awaiting a manager</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="78"></location>
            <source>%1 hours</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="78"></location>
            <source>%1 days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="101"></location>
            <source>Record delivery</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="102"></location>
            <source>Hours worked, activity days, sessions attended, or a curfew / monitoring violation reported by the provider.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="129"></location>
            <source>Choose the requirement.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="140"></location>
            <source>Record enforcement</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="141"></location>
            <source>A YRO allows at most two warnings in a warned period of 12 months from each warning; the next unacceptable failure needs breach action, or an exceptional reason a manager signs off. A referral order goes back to the panel.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="147"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="201"></location>
            <source>What was done</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="149"></location>
            <source>Failure on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="151"></location>
            <source>The failure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="154"></location>
            <source>Exceptional reason</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="167"></location>
            <source>Choose the order.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="177"></location>
            <source>The court's decision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="178"></location>
            <source>For a DTO supervision breach the court may order further detention or supervision (each at most 3 months, or to the end of the term if sooner) or a fine.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="182"></location>
            <source>The court decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="199"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="203"></location>
            <source>Enforcement ledger</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="202"></location>
            <source>Failure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="202"></location>
            <source>Warned period ends</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="202"></location>
            <source>Sign-off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="203"></location>
            <source>Court decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="207"></location>
            <source>Record enforcement...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="209"></location>
            <source>Sign off exceptional reason</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="213"></location>
            <source>Court's decision...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="224"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="228"></location>
            <source>Requirements delivered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="226"></location>
            <source>Ordered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="227"></location>
            <source>Left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="227"></location>
            <source>Violations</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="234"></location>
            <source>Delivery recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="237"></location>
            <source>Record delivery...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="275"></location>
            <source>Choose the breach the court has decided on.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="284"></location>
            <source>Choose the exceptional reason to sign off.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="291"></location>
            <source>Signed off.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="172"></location>
            <source>Referral order</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="173"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="220"></location>
            <source>No referral order.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="80"></location>
            <source>Members</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="84"></location>
            <source>Contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="49"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="84"></location>
            <source>Signed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="42"></location>
            <source>Waiting for the initial panel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="43"></location>
            <source>Under contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="44"></location>
            <source>Completed (conviction spent)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="37"></location>
            <location filename="../yjdesk/ui/casework/contacts_tab.py" line="157"></location>
            <location filename="../yjdesk/ui/orders/tab.py" line="48"></location>
            <source>Draft</source>
            <extracomment>A contact record's status in the list.
----------
A contract version's status (``ContractStatus``), in words.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="50"></location>
            <source>Superseded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="85"></location>
            <source>Panel member</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="110"></location>
            <source>%n month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="110"></location>
            <source>%n months</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="111"></location>
            <source>(extended by %1)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="113"></location>
            <source>Initial panel due by %1 (%2 working days from the order, this service's policy).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="117"></location>
            <source>Contract signed %1; compliance period ends %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="120"></location>
            <source>A parent must attend the panels.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="122"></location>
            <source>Conviction spent on %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="124"></location>
            <source>Referred back on %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="126"></location>
            <source>The panel's report: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="135"></location>
            <source>Version %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="177"></location>
            <source>Referral order panels</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="181"></location>
            <source>Referral order contracts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="186"></location>
            <source>Record panel...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="187"></location>
            <source>Contract terms...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="188"></location>
            <source>Sign contract...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="189"></location>
            <source>Extend...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="190"></location>
            <source>Refer back...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="191"></location>
            <source>Contract for the child (PDF)...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="199"></location>
            <source>You see this child's panel papers only: the referral order, its panels and the contract.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="275"></location>
            <source>Write the contract's terms first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="293"></location>
            <source>There is no contract yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="299"></location>
            <source>Contract saved to %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="300"></location>
            <source>Save the contract</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="67"></location>
            <source>Who saw or changed which record, and when; 'Verify chain' shows any tampering.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="49"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="69"></location>
            <source>User</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="42"></location>
            <source>; </source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="74"></location>
            <source>Case number, e.g. YJ-000123</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="80"></location>
            <source>&amp;User</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="80"></location>
            <source>&amp;Action</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="81"></location>
            <source>&amp;Record type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="81"></location>
            <source>C&amp;hild</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="82"></location>
            <source>&amp;To</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="89"></location>
            <source>&amp;Search</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="90"></location>
            <source>&amp;More</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="91"></location>
            <source>&amp;Verify chain</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="54"></location>
            <source>Device / no.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="102"></location>
            <source>Audit events</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="112"></location>
            <source>Any</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="158"></location>
            <source>No child with case number %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="171"></location>
            <source>No events match.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="172"></location>
            <source>Showing %1-%2 of %3 events, newest first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="180"></location>
            <source>Verifying the audit chain...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="189"></location>
            <source>The audit chain is intact (%n event checked).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="190"></location>
            <source>The audit chain is intact (%n events checked).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="194"></location>
            <source>TAMPERING DETECTED in %n place of %1 events:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="195"></location>
            <source>TAMPERING DETECTED in %n places of %1 events:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="55"></location>
            <source>No management oversight or supervision recorded yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="60"></location>
            <source>due %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="60"></location>
            <source>done %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="69"></location>
            <source>Decision:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="70"></location>
            <source>Rationale:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="71"></location>
            <source>Actions:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="85"></location>
            <source>&amp;Record oversight...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="88"></location>
            <source>&amp;Audit this case...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="98"></location>
            <source>Management oversight and supervision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="101"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="103"></location>
            <source>Case audits</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="39"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="52"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="61"></location>
            <source>Auditor</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="40"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="96"></location>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="29"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="53"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="56"></location>
            <source>Practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="41"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="40"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="54"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="62"></location>
            <source>Sufficient</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="41"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="54"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="62"></location>
            <source>%1 of %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="43"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="144"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="64"></location>
            <source>Feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="141"></location>
            <location filename="../yjdesk/ui/oversight/child_tab.py" line="44"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="56"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="65"></location>
            <source>Acknowledged</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="39"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="41"></location>
            <source>Period end</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="36"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="42"></location>
            <source>Period start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="82"></location>
            <location filename="../yjdesk/ui/oversight/common.py" line="44"></location>
            <source>&amp;From</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="47"></location>
            <source>to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="61"></location>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="31"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="58"></location>
            <source>Case no.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="79"></location>
            <source>Choose a figure to see the children behind it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="83"></location>
            <source>Children behind the figure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="92"></location>
            <source>%1: %n child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/common.py" line="92"></location>
            <source>%1: %n children</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="37"></location>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="56"></location>
            <source>Team dashboard</source>
            <extracomment>The part of a child's record each figure is about (the tab opened from it). Figures that are not a problem when above zero (shown plain, not bold).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="61"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="86"></location>
            <location filename="../yjdesk/ui/signin.py" line="305"></location>
            <source>Team</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="62"></location>
            <source>All teams</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="70"></location>
            <source>Click a figure, or move to it with the arrow keys, to list the children behind it. Double-click a child, or press Enter, to open their record.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="76"></location>
            <source>Team figures: a row per practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="107"></location>
            <source>%1: %2. Click to list the children.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dashboard_page.py" line="127"></location>
            <source>The dashboard could not be loaded: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="43"></location>
            <source>Gaps that would leave a child out of the indicators or the YJB return, under the practitioner who can put them right.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="48"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="102"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="120"></location>
            <source>&amp;Check</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="32"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="60"></location>
            <source>Problem</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="33"></location>
            <source>Affects</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="54"></location>
            <source>Interventions closed in the period are checked, and every child's record.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="59"></location>
            <source>Data quality gaps</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="89"></location>
            <source>%n gap</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="89"></location>
            <source>%n gaps</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="90"></location>
            <source>for %n practitioner.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="90"></location>
            <source>for %n practitioners.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="91"></location>
            <source>Double-click a row to open the child.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="46"></location>
            <source>Record management oversight</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="53"></location>
            <source>&amp;Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="54"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="90"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="177"></location>
            <source>&amp;Date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="55"></location>
            <source>De&amp;cision</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="56"></location>
            <source>&amp;Rationale</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="63"></location>
            <source>Action %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="64"></location>
            <source>  owner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="65"></location>
            <source>  due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="83"></location>
            <source>Audit this case</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="84"></location>
            <source>Complete audit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="85"></location>
            <source>Score every question and give the evidence for it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="88"></location>
            <source>Audit date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="92"></location>
            <source>&amp;Practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="104"></location>
            <source>  evidence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="107"></location>
            <source>&amp;Feedback to the practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="127"></location>
            <source>Acknowledge audit feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/pages.py" line="126"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="128"></location>
            <source>Acknowledge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="132"></location>
            <source>%1 audited your work with %2 on %3 (%4 of %5 questions sufficient).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="138"></location>
            <source>(No written feedback.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="140"></location>
            <source>The auditor's feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="146"></location>
            <source>Your response</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="147"></location>
            <source>Your &amp;response (optional)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="149"></location>
            <source>Acknowledging records, with the audit, that you read this feedback on %1, and keeps your response with it for %2 and your manager to see.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="170"></location>
            <source>Record a board meeting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="171"></location>
            <source>Leave a partner as (not set) if they are not a member.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="178"></location>
            <source>&amp;Board</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="184"></location>
            <source>Member's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="186"></location>
            <source>  member</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="70"></location>
            <source>%1 %2</source>
            <comment>a rate and its unit: 1.5 per 1,000</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="83"></location>
            <source>The youth justice key performance indicators for a period, beside last year's.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="87"></location>
            <source>&amp;Compute</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="91"></location>
            <source>Export &amp;PDF...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="94"></location>
            <source>Export C&amp;SV...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="100"></location>
            <source>Record &amp;board meeting...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="113"></location>
            <source>Indicators</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="114"></location>
            <source>Indicator / figure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="114"></location>
            <source>Count</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="114"></location>
            <source>Of</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="115"></location>
            <source>% / rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="115"></location>
            <source>Last year</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="115"></location>
            <source>Last year % / rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="150"></location>
            <source>Computing the figures for %1...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="166"></location>
            <source>Could not compute the figures: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="192"></location>
            <source>Double-click a figure to see the children behind it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="193"></location>
            <source>Totals only: the children behind a figure are for managers and performance staff.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="195"></location>
            <source>%1. Small numbers suppressed (&lt;5, &lt;10, --). %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="204"></location>
            <source>%1 is not a count of children.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="230"></location>
            <source>Save the performance pack</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="236"></location>
            <source>Save the figures as CSV</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="80"></location>
            <source>Case audits against the inspection questions, for the period and team chosen.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="41"></location>
            <source>Insufficient</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="43"></location>
            <source>N/A</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="44"></location>
            <source>% sufficient</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="87"></location>
            <source>Whole service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="99"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="103"></location>
            <source>Results by inspection question</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="101"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="104"></location>
            <source>Audits</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="109"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="111"></location>
            <source>Feedback on my cases</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="114"></location>
            <source>&amp;Acknowledge feedback...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="154"></location>
            <source>%n completed audit in the period.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="155"></location>
            <source>%n completed audits in the period.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="112"></location>
            <source>YJB quarterly return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="113"></location>
            <source>The case-level data the YJB requires every quarter.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="82"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="116"></location>
            <source>Quarter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="121"></location>
            <source>&amp;Produce the return...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="59"></location>
            <source>Would be</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="137"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="138"></location>
            <source>Returns produced</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="82"></location>
            <source>Produced</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="98"></location>
            <source>Bring the service's history across from the system being replaced.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="100"></location>
            <source>Choose &amp;bundle...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="103"></location>
            <source>&amp;Import...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="108"></location>
            <source>Choose the folder the old system's export wrote (bundle.json and its CSV files), then check it: nothing is imported until every row is accepted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="116"></location>
            <source>Import progress</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="121"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="122"></location>
            <source>Files</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="51"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="57"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="82"></location>
            <source>File</source>
            <extracomment>One file's counts: ``("children", {"create": 40, ...})`` as the service answers.
----------
A refused row as the service answers: file, line, old id, why.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="52"></location>
            <source>Create</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="52"></location>
            <source>Update</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="53"></location>
            <source>Unchanged</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="53"></location>
            <source>Refused</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="73"></location>
            <source>%1 has no bundle.json: choose the folder the old system's export wrote.</source>
            <extracomment>The files of a bundle the page sends (anything else in the folder stays behind).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="79"></location>
            <source>Packing %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="125"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="126"></location>
            <source>Refused rows</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="139"></location>
            <source>Choose the import bundle's folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="147"></location>
            <source>%1: check it to see what would be imported.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="160"></location>
            <source>Import %n new record from %1?

Everything is imported or nothing. Laptops receive the records on their next sync.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="162"></location>
            <source>Import %n new records from %1?

Everything is imported or nothing. Laptops receive the records on their next sync.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="164"></location>
            <source>Import the bundle</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="184"></location>
            <source>Writing %1: %2 of %3 records</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="187"></location>
            <source>Checking %1: %2 rows</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="191"></location>
            <source>Sending the bundle...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="198"></location>
            <source>Importing...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="198"></location>
            <source>Checking...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="222"></location>
            <source>Imported from %1 (run %2): laptops receive the records on their next sync. Checking the same bundle again now finds every row unchanged.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="226"></location>
            <source>Checked %1: every row can be imported. Nothing has been imported yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="230"></location>
            <source>%n row refused: nothing can be imported until it is corrected in the old system's export.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="232"></location>
            <source>%n rows refused: nothing can be imported until they are corrected in the old system's export.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="235"></location>
            <source>%1 The first %2 are listed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="237"></location>
            <source>%n refused</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="58"></location>
            <source>Line</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="59"></location>
            <source>Old id</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="83"></location>
            <source>Children</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="83"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="169"></location>
            <source>Rejected</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="83"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="169"></location>
            <source>Incomplete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="84"></location>
            <source>Since the last one</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="84"></location>
            <source>SHA-256</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="102"></location>
            <source>%1 (%2 to %3 %4)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="125"></location>
            <source>Check the quarter first: every record that would be rejected or is incomplete is listed under the practitioner who can put it right.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="132"></location>
            <source>Records to put right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="135"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="158"></location>
            <source>Checking the quarter...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="140"></location>
            <source>No return produced yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="157"></location>
            <source>Checking %1...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="166"></location>
            <source>Nothing to put right: every record in this quarter would be accepted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="177"></location>
            <source>%1: %2 children in the return. %3 with a record that would be rejected (left out of the file), %4 with an incomplete record. Double-click a row to open the child where it is put right.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="181"></location>
            <source>%n problem to put right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="182"></location>
            <source>%n problems to put right</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="198"></location>
            <source>Save the YJB return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="199"></location>
            <source>Zip (*.zip)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="202"></location>
            <source>Produce the YJB return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="203"></location>
            <source>Produce the return for %1 and record it as produced by you, now?

The record of what was produced (its checksum and the children in it) is kept and cannot be changed. Producing it again later makes a new return that lists what changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="207"></location>
            <source>Produce and record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="216"></location>
            <source>Producing %1: writing and checking every part against the schema...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="230"></location>
            <source>Saved %1: valid against the schema, checksum %2..., recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="234"></location>
            <source>It replaces the earlier return for this quarter: %1 children added, %2 removed, %3 changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="244"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="243"></location>
            <source>Could not do that: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="263"></location>
            <source>%1 added, %2 removed, %3 changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="264"></location>
            <source>first return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="40"></location>
            <source>Pathway referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="48"></location>
            <source>First seen</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="55"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="70"></location>
            <source>MAPPA category</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="56"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="71"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="107"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="112"></location>
            <source>MAPPA level</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="58"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="132"></location>
            <source>Pathway</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="61"></location>
            <source>Screening</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="62"></location>
            <source>Referred to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="63"></location>
            <source>First seen on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="64"></location>
            <source>Outcome on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="66"></location>
            <source>NRM reasonable grounds</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="67"></location>
            <source>Reasonable grounds on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="68"></location>
            <source>NRM conclusive grounds</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="69"></location>
            <source>Conclusive grounds on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="104"></location>
            <source>Pathway meeting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="110"></location>
            <source>Meeting on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="114"></location>
            <source>Exploitation risk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="115"></location>
            <source>Outcome and actions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="139"></location>
            <source>Waiting (days)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="152"></location>
            <source>level %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="154"></location>
            <source>risk %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="164"></location>
            <source>awaited</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="165"></location>
            <source>Referred %1 to %2; first seen %3 (%4 days' wait)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="169"></location>
            <source>Reason:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="170"></location>
            <source>Screening:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="175"></location>
            <source>Reasonable grounds:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="177"></location>
            <source>conclusive grounds:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="181"></location>
            <source>category %1, level %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="184"></location>
            <source>Meetings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="193"></location>
            <source>&amp;Refer...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="194"></location>
            <source>&amp;Update referral...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="195"></location>
            <source>Record &amp;meeting...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="199"></location>
            <source>Specialist referrals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="203"></location>
            <source>The chosen pathway</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="234"></location>
            <source>No specialist referrals.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/__init__.py" line="11"></location>
            <source>Pathways</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="52"></location>
            <source>Settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="58"></location>
            <source>These settings apply to this profile on this laptop.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="65"></location>
            <source>Sync server address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="67"></location>
            <source>Not connected to a sync server</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="68"></location>
            <source>Sync server</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="73"></location>
            <source>In use now: %1. A different address here is used from the next sign-in.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="75"></location>
            <source>In use now: %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="79"></location>
            <source>the certificates shipped with yjdesk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="80"></location>
            <source>Browse...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="82"></location>
            <location filename="../yjdesk/ui/settings_dialog.py" line="131"></location>
            <source>CA certificates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="86"></location>
            <source>Minutes before the screen locks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="91"></location>
            <source>At most %n minute (service policy)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="92"></location>
            <source>At most %n minutes (service policy)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="93"></location>
            <source>Lock after</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="106"></location>
            <source>%n minute</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="106"></location>
            <source>%n minutes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="129"></location>
            <source>Certificates (%1)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="130"></location>
            <source>All files (%1)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/settings_dialog.py" line="204"></location>
            <source>Se&amp;ttings...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="216"></location>
            <source>&lt;h2&gt;Sign in to yjdesk&lt;/h2&gt;</source>
            <extracomment>Set when the service revoked this laptop at sign-in (and its profile was wiped).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="211"></location>
            <source>Sign in to yjdesk</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="140"></location>
            <source>The sync service is busy signing other people in. Trying again in %n second…</source>
            <extracomment>From the worker: the service is busy and will be asked again in N seconds. From the worker: this laptop's records are being upgraded for this version (a backup first), which can take a minute on a large store. Under the progress bar while the sync service asks us to wait our turn.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="142"></location>
            <source>The sync service is busy signing other people in. Trying again in %n seconds…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="148"></location>
            <source>Updating this laptop's records for this version of yjdesk. A backup copy is made first, so nothing can be lost. This can take a minute or two: please leave the laptop on.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="217"></location>
            <source>Enter your password to unlock the case records on this laptop. No network is needed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="234"></location>
            <location filename="../yjdesk/ui/signin.py" line="235"></location>
            <source>Previous password</source>
            <extracomment>Shown only when the service says the password was changed there.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="262"></location>
            <source>This is not the previous password of this laptop.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="267"></location>
            <source>This laptop must reach the sync service before it opens the case records again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="287"></location>
            <source>Set up yjdesk on this laptop</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="290"></location>
            <source>&lt;h2&gt;Welcome to yjdesk&lt;/h2&gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="291"></location>
            <source>Case records are kept on this laptop, encrypted with your password. Choose a password you do not use anywhere else: without it the records cannot be opened.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="299"></location>
            <source>at least %n character</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="300"></location>
            <source>at least %n characters</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="301"></location>
            <location filename="../yjdesk/ui/signin.py" line="308"></location>
            <source>Password again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="302"></location>
            <source>Your name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="306"></location>
            <source>Team code</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/signin.py" line="309"></location>
            <source>Create profile</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="246"></location>
            <source>Write the value both of you agree on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="247"></location>
            <source>Merged value</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="250"></location>
            <source>Keep mine</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="251"></location>
            <source>Keep theirs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="252"></location>
            <source>Use this value</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="254"></location>
            <source>Record:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="255"></location>
            <source>Field:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="256"></location>
            <source>Your value:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="257"></location>
            <source>Their value:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="258"></location>
            <source>Their edit:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="262"></location>
            <source>Merged value:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="291"></location>
            <source>%1 on %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="319"></location>
            <source>Conflicts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="130"></location>
            <source>Why it is not on the server</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="131"></location>
            <source>What fixes it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="326"></location>
            <source>Conflicts: the same field was changed here and elsewhere</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="322"></location>
            <source>Changes not on the server yet (kept on this laptop)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="56"></location>
            <source>Record of %1 (%2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="57"></location>
            <source>%1 of %2 (%3)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="64"></location>
            <source>The audit trail: %n entry of who opened what</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="65"></location>
            <source>The audit trail: %n entries of who opened what</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="74"></location>
            <source>this laptop and the server both changed %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="76"></location>
            <source>refused by the server: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="81"></location>
            <source>it belongs to %1, which is not on the server yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="83"></location>
            <source>it belongs to %1, which the server has not accepted yet (%2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="85"></location>
            <source>it belongs to %1, which the server has not accepted yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="86"></location>
            <source>not sent yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="94"></location>
            <source>%1 (Tried again at the next sync.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="95"></location>
            <source>%1 (Tried again after %2.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="100"></location>
            <source>Sync again: it goes with %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="101"></location>
            <source>Fix %1 first (see its line); this record goes with it automatically.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="110"></location>
            <source>%n refused by the server</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="112"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="113"></location>
            <source>%n waiting for a record the server refused</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="114"></location>
            <source>%n not sent yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="122"></location>
            <source>%n record not on the server yet: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="123"></location>
            <source>%n records not on the server yet: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="139"></location>
            <source>(empty)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="144"></location>
            <source>%1 at %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="158"></location>
            <source>Record of %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="160"></location>
            <source>%1 of %2</source>
            <comment>a kind of record, of a child</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="189"></location>
            <source>pushed %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="189"></location>
            <source>pulled %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="190"></location>
            <source>conflicts %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="192"></location>
            <source>removed %1 children no longer yours</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="195"></location>
            <source>failed %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="197"></location>
            <source>%1 received records waiting for related records</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="200"></location>
            <source>%1 not on the server yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="210"></location>
            <source>%1: %2 — you wrote “%3”; %4 wrote “%5”.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="213"></location>
            <source>%1: %2 — you wrote “%3”; %4 wrote “%5” on %6 at %7.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="329"></location>
            <source>No conflicts: nothing waits for you to choose between two versions.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="340"></location>
            <source>Every change on this laptop is on the server.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="349"></location>
            <source>This laptop's changes go to the sync service and the team's come back; a field changed here and elsewhere waits for you to settle it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="412"></location>
            <source>Settled: %1 of %2. It will be sent at the next sync.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="419"></location>
            <source>Sync finished: %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="423"></location>
            <source>Sync did not finish: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="17"></location>
            <source>Syncing…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="20"></location>
            <source>Offline</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="23"></location>
            <source>%n change waiting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="24"></location>
            <source>%n changes waiting</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="108"></location>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="26"></location>
            <source>%n conflict to settle</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="108"></location>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="27"></location>
            <source>%n conflicts to settle</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="29"></location>
            <source>%1 not accepted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="31"></location>
            <source>last synced at %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="33"></location>
            <source>Not synced yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="34"></location>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="44"></location>
            <source>Sync status unknown</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="46"></location>
            <source>Sync status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="52"></location>
            <source>Sync now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="53"></location>
            <source>Send and fetch changes now (F5)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="167"></location>
            <location filename="../yjdesk/ui/oversight/return_page.py" line="208"></location>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="55"></location>
            <location filename="../yjdesk/ui/widgets/clash.py" line="33"></location>
            <location filename="../yjdesk/ui/widgets/confirm.py" line="103"></location>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/status.py" line="56"></location>
            <source>Stop the sync; what was already sent is kept</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="43"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="214"></location>
            <source>Not yet known</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="49"></location>
            <source>Victim safety concerns: not yet known</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="50"></location>
            <source>Victim safety concerns: yes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="51"></location>
            <source>Victim safety concerns: none identified</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="53"></location>
            <source>%1 - %2</source>
            <comment>victim safety concerns, then their summary</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="78"></location>
            <source>Victim - update</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="79"></location>
            <source>Only victim and RJ workers and managers see this record. The safety summary is what the child's practitioner sees: leave out the victim's name and contact details.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="90"></location>
            <source>Offences this victim is linked to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="102"></location>
            <source>Enhanced service (under 18 or vulnerable)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="107"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="133"></location>
            <source>Views recorded on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="112"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="138"></location>
            <source>Information given on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="114"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="140"></location>
            <source>RJ offered on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="117"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="143"></location>
            <source>RJ took place on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="122"></location>
            <source>Name (person or organisation)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="123"></location>
            <source>Person or organisation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="127"></location>
            <source>Preferred contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="129"></location>
            <source>Needs and vulnerabilities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="130"></location>
            <source>Consents to contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="131"></location>
            <source>Consent given or refused on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="132"></location>
            <source>Victim's views</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="134"></location>
            <source>Safety concerns</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="135"></location>
            <source>Safety concerns in full</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="136"></location>
            <source>Safety summary for the practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="137"></location>
            <source>Information given</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="139"></location>
            <source>Restorative justice offered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="141"></location>
            <source>Kind of restorative justice</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="142"></location>
            <source>Took part</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="144"></location>
            <source>RJ outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="145"></location>
            <source>Support referrals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="146"></location>
            <source>Victim's feedback</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="231"></location>
            <source>took part: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="236"></location>
            <source>Offences: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="237"></location>
            <source>Contact:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="239"></location>
            <source>Consent to contact:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="242"></location>
            <source>Safety concerns:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="244"></location>
            <source>Restorative justice offered:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="250"></location>
            <source>Consent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="251"></location>
            <source>RJ</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="252"></location>
            <source>Offered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="241"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="253"></location>
            <source>Views</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="265"></location>
            <source>&amp;Add victim...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="266"></location>
            <source>&amp;Update victim...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="270"></location>
            <source>Victim safety for planning</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="280"></location>
            <source>The victim's details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="306"></location>
            <source>consent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="308"></location>
            <source>Victim safety (for planning)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="310"></location>
            <source>No identified victim recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="311"></location>
            <source>Victims' words that documents may quote (with consent)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="334"></location>
            <source>No victims recorded.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/confirm.py" line="96"></location>
            <source>Your password (to sign)</source>
            <extracomment>A question: "Countersign and lock this assessment?" The action button: "Countersign and lock". What, and for whom: "The initial assessment of Jay Okafor (YJ-1234), by Pat ...". What happens, one line each: "Nobody can change it afterwards." ... A comment field's label ("Your comment (kept with the assessment)"); None: no field. Said under the comment when a required one is missing (None: "Please write a comment."). Ask for the password again before going on.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/confirm.py" line="99"></location>
            <source>Your &amp;password</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/confirm.py" line="131"></location>
            <source>Please write a comment.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="77"></location>
            <source>dd/mm/yyyy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="81"></location>
            <source>Type the date as day/month/year, e.g. 31/01/2010</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="95"></location>
            <source>%1 must be a real date, e.g. 31/01/2010.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="108"></location>
            <source>Number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="126"></location>
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/forms.py" line="152"></location>
            <source>(not set)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/password.py" line="25"></location>
            <source>Please enter your password.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/password.py" line="57"></location>
            <source>Checking</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/section_tabs.py" line="37"></location>
            <source>Sections of the record</source>
            <extracomment>The key of the section now shown.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="28"></location>
            <source>&amp;Verify</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="29"></location>
            <source>Check that the record is unchanged since it was signed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="31"></location>
            <source>Verify that it is unchanged since it was signed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="48"></location>
            <source>Fingerprint %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="58"></location>
            <source>Unchanged since %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/widgets/verify.py" line="60"></location>
            <source>Changed since it was signed: this copy does not match its fingerprint. Tell your manager.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="59"></location>
            <source>Contacts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="60"></location>
            <source>Plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="61"></location>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="161"></location>
            <source>Reviews</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="62"></location>
            <source>Compliance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="63"></location>
            <source>Out of court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="64"></location>
            <source>End and exit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="73"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="171"></location>
            <source>Safeguarding items</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/__init__.py" line="77"></location>
            <source>New contact for the selected child</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/design/tokens.py" line="67"></location>
            <source>Overdue</source>
            <extracomment>Outer margin of a page and the gap between its blocks.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/design/tokens.py" line="68"></location>
            <source>Due soon</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/design/tokens.py" line="69"></location>
            <source>Upcoming</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/design/tokens.py" line="70"></location>
            <location filename="../yjdesk/ui/orders/sections.py" line="226"></location>
            <source>Done</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/design/tokens.py" line="71"></location>
            <source>Note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/__init__.py" line="24"></location>
            <source>Court orders</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="34"></location>
            <source>Transition planning due: the order runs past the 18th birthday (planning from %1, 17 years 6 months by this service's policy).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="38"></location>
            <source>Looked after and 17: plan leaving-care support with the transition.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="42"></location>
            <source>Transition plan recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="44"></location>
            <source>information handed over %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="47"></location>
            <source>transferred %1 (%2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="50"></location>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="75"></location>
            <source>Needs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="51"></location>
            <source>Probation must know</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="52"></location>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="78"></location>
            <source>The child's views</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="61"></location>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="123"></location>
            <source>Transition to adult probation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="63"></location>
            <source>Share all relevant information with probation before the transfer, with the child's views; plan phased introductions. Transfer criteria and protocol timescales were not found in national guidance: record why the child does or does not transfer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="70"></location>
            <source>Transfers to probation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="74"></location>
            <source>Why (or why not)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="76"></location>
            <source>Strengths</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="77"></location>
            <source>What probation must know</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="79"></location>
            <source>Phased introductions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="80"></location>
            <source>Information handed over</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="81"></location>
            <source>How the transition went</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="87"></location>
            <source>Probation contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="91"></location>
            <source>Handed over on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="92"></location>
            <source>Transfer date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="93"></location>
            <source>Reviewed on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="98"></location>
            <source>Transfer type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="124"></location>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="136"></location>
            <source>No transition work due.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/transition_section.py" line="129"></location>
            <source>Transition plan...</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="39"></location>
            <location filename="../yjdesk/ui/oversight/quality_page.py" line="79"></location>
            <source>Quality audits</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="41"></location>
            <location filename="../yjdesk/ui/oversight/performance_page.py" line="82"></location>
            <source>Performance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="43"></location>
            <location filename="../yjdesk/ui/oversight/data_quality_page.py" line="42"></location>
            <source>Data quality</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="45"></location>
            <source>YJB return</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="48"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="98"></location>
            <location filename="../yjdesk/ui/oversight/import_page.py" line="166"></location>
            <source>Import</source>
            <extracomment>Makes the signed-in client of the sync service (tests give their own).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="50"></location>
            <location filename="../yjdesk/ui/oversight/audit_log_page.py" line="66"></location>
            <source>Audit log</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/__init__.py" line="56"></location>
            <source>Oversight</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/sync_ui/__init__.py" line="29"></location>
            <location filename="../yjdesk/ui/sync_ui/page.py" line="348"></location>
            <source>Sync and conflicts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="88"></location>
            <source>Age</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="91"></location>
            <source>Next due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/table_models/caseload.py" line="97"></location>
            <source>%1, born %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/__init__.py" line="23"></location>
            <location filename="../yjdesk/ui/victims/tab.py" line="276"></location>
            <source>Victims</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/report_editor.py" line="130"></location>
            <source>Finalised</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="47"></location>
            <source>Not known</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="45"></location>
            <source>Referred back to court</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/tab.py" line="46"></location>
            <source>Revoked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="387"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="41"></location>
            <location filename="../yjdesk/ui/casework/pages.py" line="42"></location>
            <source>Assessment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/assessments/tab.py" line="38"></location>
            <source>Awaiting countersign</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/reviews_tab.py" line="128"></location>
            <source>Completed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="142"></location>
            <source>Awaited</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="180"></location>
            <source>MAPPA</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="110"></location>
            <source>January</source>
            <extracomment>Where the compiled translations (``yjdesk_&lt;lang&gt;.qm``) live in the package. The disambiguation of the plural (numerus) messages :func:`counted` looks up. The English text of each translated text with a count in it (for :func:`counted`). The months' names, translated where shown (:func:`month_name`). Not Qt's (``QLocale``): those follow the system's locale, not the translation the person has.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="110"></location>
            <source>February</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="110"></location>
            <source>March</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="111"></location>
            <source>April</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="111"></location>
            <location filename="../yjdesk/ui/i18n.py" line="116"></location>
            <source>May</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="111"></location>
            <source>June</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="111"></location>
            <source>July</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="112"></location>
            <source>August</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="112"></location>
            <source>September</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="112"></location>
            <source>October</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="113"></location>
            <source>November</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="113"></location>
            <source>December</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="115"></location>
            <source>Jan</source>
            <extracomment>Their short names ("Sep", as ``strftime("%b")`` writes them in English).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="115"></location>
            <source>Feb</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="115"></location>
            <source>Mar</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="115"></location>
            <source>Apr</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="116"></location>
            <source>Jun</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="116"></location>
            <source>Jul</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="116"></location>
            <source>Aug</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="117"></location>
            <source>Sep</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="117"></location>
            <source>Oct</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="117"></location>
            <source>Nov</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="117"></location>
            <source>Dec</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="136"></location>
            <source>Monday</source>
            <extracomment>The days of the week, Monday first (``date.weekday()``), translated where shown (:func:`weekday_name`), as the months are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="136"></location>
            <source>Tuesday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="136"></location>
            <source>Wednesday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="137"></location>
            <source>Thursday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="137"></location>
            <source>Friday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="137"></location>
            <source>Saturday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="138"></location>
            <source>Sunday</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="140"></location>
            <source>Mon</source>
            <extracomment>Their short names ("Fri", as ``strftime("%a")`` writes them in English).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="140"></location>
            <source>Tue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="140"></location>
            <source>Wed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="140"></location>
            <source>Thu</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="141"></location>
            <source>Fri</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="141"></location>
            <source>Sat</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="141"></location>
            <source>Sun</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/i18n.py" line="169"></location>
            <source>%1 (provisional until the next sync)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/due_words.py" line="67"></location>
            <source>%1 - overdue by %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/due_words.py" line="70"></location>
            <source>%1 - due today</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/due_words.py" line="71"></location>
            <source>%1 - due %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/compliance_tab.py" line="43"></location>
            <source>Breach date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="54"></location>
            <source>Conclusive grounds date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/victims/tab.py" line="105"></location>
            <source>Consent date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="219"></location>
            <location filename="../yjdesk/ui/court/dialogs.py" line="131"></location>
            <source>Conviction date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/court/dialogs.py" line="175"></location>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="62"></location>
            <source>Due date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/orders/sections.py" line="150"></location>
            <source>Failure date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/oversight/dialogs.py" line="173"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="106"></location>
            <source>Meeting date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/dialogs.py" line="118"></location>
            <source>Offence date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/ooc_tab.py" line="301"></location>
            <location filename="../yjdesk/ui/pathways/tab.py" line="50"></location>
            <source>Outcome date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/pathways/tab.py" line="52"></location>
            <source>Reasonable grounds date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/error_dialog.py" line="44"></location>
            <source>Sorry, yjdesk ran into a problem it did not expect. Your saved work is safe; the last change may not have been saved.</source>
            <extracomment>Where the details of unexpected errors are written; app.py sets it for the profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/error_dialog.py" line="46"></location>
            <source>The details were written to %1. Please send that file to your IT service desk.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/error_dialog.py" line="48"></location>
            <source>The details were written to the yjdesk log.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/error_dialog.py" line="53"></location>
            <source>Something went wrong</source>
            <extracomment>A bug's title (translated where shown, as an error's title is).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="43"></location>
            <source>Not guilty</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="42"></location>
            <source>Proven</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/tabs.py" line="44"></location>
            <source>Withdrawn</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/data.py" line="129"></location>
            <source>%1: %2 %3</source>
            <comment>a requirement, its number and unit: Activity: 20 days</comment>
            <extracomment>None: no case manager (the view says "Unallocated") The current disposal's label; None: none (the view says so)</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/child_record/data.py" line="131"></location>
            <source>%1 (%2)</source>
            <comment>a requirement and its number</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="301"></location>
            <source>A problem last time</source>
            <extracomment>A password the launcher's sign-in offers to everyone (the release smoke test uses it). The "problem last time" message, when crash.log had something in it. Hands the start-up to something else (the demo); stopped at shutdown. Cycles are collected on the UI thread between events, never mid-widget.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="302"></location>
            <source>Last time, yjdesk ran into a problem it did not expect (or closed unexpectedly). Work saved before then is safe. The details are in %1; please send that file to your IT service desk.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="395"></location>
            <source>This laptop has been revoked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="396"></location>
            <source>The sync service has revoked this laptop, so yjdesk has removed the children's records from it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="401"></location>
            <source>%n change had not reached the server. It is kept, encrypted so that only your administrator can read it, in %1 - give that folder to your administrator.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="404"></location>
            <source>%n changes had not reached the server. They are kept, encrypted so that only your administrator can read them, in %1 - give that folder to your administrator.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="410"></location>
            <source>%n change had not reached the server and could not be kept: no administrator key is set up on this laptop. Tell your administrator.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="412"></location>
            <source>%n changes had not reached the server and could not be kept: no administrator key is set up on this laptop. Tell your administrator.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/app.py" line="415"></location>
            <source>Everything had already reached the server; nothing was lost.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="112"></location>
            <source>Safeguarding concern</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../yjdesk/ui/casework/contact_editor.py" line="107"></location>
            <source>Venue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 '%2' is not a code the return accepts</source>
            <extracomment>From the domain: YJB return check; %1: a data item's name or value, translated on its own; %2: a code or a date as recorded, not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 cannot be before the referral (%2).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 cannot be before the start date.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 has not ended yet.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <extracomment>From the domain: YJB return check; %1: a data item's name or value, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is not recorded</source>
            <extracomment>From the domain: YJB return check; %1: a data item's name or value, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is not the first day of a quarter.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is recorded as '%2'</source>
            <extracomment>From the domain: YJB return check; %1: a data item's name or value, translated on its own; %2: a data item's name or value, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is required before the report can be checked.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 is set by your IT team and cannot be changed here.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 passed its end date (%2) with no outcome recorded</source>
            <extracomment>From the domain: data quality; %1: the kind of order (translated on its own); %2: its end date.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1 violation reported: decide on enforcement</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1, but the date it ended is missing</source>
            <extracomment>From the domain: YJB return check; %1: a data item's name or value, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1: %2 of %n day still to do</source>
            <extracomment>From the domain: due item, for a total of one; %1: a code list's label, translated on its own; %2: as the record gives it (a name, words as typed, a number), not translated; %n: a number, the total (the plural form is chosen for it).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1: %2 of %n days still to do</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own; %2: as the record gives it (a name, words as typed, a number), not translated; %n: a number, the total (the plural form is chosen for it).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1: %2 of %n hour still to do</source>
            <extracomment>From the domain: due item, for a total of one; %1: a code list's label, translated on its own; %2: as the record gives it (a name, words as typed, a number), not translated; %n: a number, the total (the plural form is chosen for it).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>%1: %2 of %n hours still to do</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own; %2: as the record gives it (a name, words as typed, a number), not translated; %n: a number, the total (the plural form is chosen for it).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' cannot be left as 'yet to clarify'.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known answer on admission</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known enforcement action.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known kind of non-compliance.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known kind of restorative justice.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known kind of significant change.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known out-of-court decision.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known outcome.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known panel decision.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known plan area.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known prosecution decision</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known target status.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a known way of contacting a victim.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a question on assessment form version %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not a stage type (start, review, end, transfer in).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is not one of the choices for '%2' (%3).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' is out of range.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' must be between %2 to %3; %4 is outside.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated; %4: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' must be on the scale %2 to %3; %4 is outside.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated; %4: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' needs a number, not %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' needs a real date.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' needs a whole number.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' needs written text, not %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' needs yes or no, not %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>'%1' was changed on another laptop since you opened this assessment. It now reads: %2. Your answer is still here: save again to replace that with it.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>10-14</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>15-17</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>18 and over</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1 cannot be breached: an out-of-court disposal ends completed or not completed (a conditional caution not complied with goes to a prosecution decision for the original offence)</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1 here goes to the joint decision panel, not the police alone.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1 lasts at least %2 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1 lasts at most %2 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1 needs a responsible officer.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1-month DTO is released at the halfway point (%2) unless on compassionate grounds.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A %1-month DTO is released at the halfway point (%2), or between %3 and %4 unless on compassionate grounds.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated; %4: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A MAPPA category or level belongs to a MAPPA referral.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A PNC number looks like 2010/0123456X.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A YRO with intensive supervision and surveillance needs extended activity, supervision, curfew and electronic monitoring requirements; missing: %1.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A caution needs the child's admission of the offence; record it, or choose another outcome</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A caution needs the evidential standard to be met (enough evidence to charge)</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A child under %1 cannot be remanded to youth detention accommodation.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A closed plan cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A community or custodial order needs an end date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A completed audit cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A conclusive grounds decision follows a positive reasonable grounds decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A contingency plan for keeping other people safe</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A contingency plan for the child's safety and wellbeing</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A contract sets out reparation and activities: write its terms.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A countersigned assessment cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A countersigned assessment cannot be given new answers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A court decision follows breach action.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A curfew is at most %1 hours in any 7 days.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A curfew is from %1 to %2 hours a day for a conviction on %3.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A detention and training order can only be made on a child aged 12 or over at conviction.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A detention and training order lasts at least %1 and at most %2 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A detention and training order made before %1 must be %2 or %3 months long (the end date must be exactly that many months after the start).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A disposal cannot start before it was decided.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A final panel decides whether the contract was completed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A hearing in the future cannot have been heard yet.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A licence or supervision breach belongs to a custodial sentence.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A linked target is not on this child's plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A manager cannot sign off a reason they recorded themselves.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A manager must check this report as court ready before it can be finalised.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A panel cannot meet before the court made the order.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A panel meets with at least %1 YJS member: name them.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A panel meets with at least %1 community volunteers (this one has %2): a panel with fewer cannot go ahead.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A panel member signs the contract: give their name.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A period can be at most ten years long.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A plan needs at least one target.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A prosecution decision after non-compliance applies to a youth conditional caution only (a caution cannot be breached)</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A quantity cannot be negative.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A recorded safeguarding concern cannot be blanked.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A referral back goes with the panel's written report.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A referral order lasts at least %1 and at most %2 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A referral order lasts at most %1 months in total: this one can be extended by %2 more.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A referral order's non-compliance goes back to the youth offender panel, not to a warning.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A remand to local authority or youth detention accommodation makes the child looked after: give the designated local authority.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A restorative justice outcome needs the victim's consent to contact: record the consent first.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A safeguarding item is open, acknowledged or closed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A short team code is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A target is not on this plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A team manager sees their own team's dashboard.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A user name is required, with no spaces.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A victim is a person or an organisation.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A youth rehabilitation order ends at most %1 years after it takes effect.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A youth rehabilitation order needs at least one requirement.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A youth rehabilitation order with intensive supervision and surveillance lasts at least %1 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>From the domain: code list board_attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Absolute discharge</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accepted, waiting to be seen</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accommodation detail</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accommodation suitable</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accommodation type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Achieved</source>
            <extracomment>From the domain: code list target_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acknowledged at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acknowledged on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acquitted / found not guilty</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; user_account).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Activity</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Activity day</source>
            <extracomment>From the domain: order delivery kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add the offences before the court to this hearing before recording a sentence.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add the offences before the court to this hearing first.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Added</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Adel Beck Secure Children's Home</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Adjourned</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Adjourned for report</source>
            <extracomment>From the domain: code list hearing_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Administrator</source>
            <extracomment>From the domain: role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Admission</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Admitted the offence</source>
            <extracomment>From the domain: code list ooc_admission.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Age at first conviction</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Age band (on the last day of the period)</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Allocation role</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Alternative provision / PRU</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Amended at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact_amendment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Amended by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact_amendment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An NRM decision is positive, negative or awaited.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An action cannot be done before it was agreed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An action cannot be due before it was agreed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An activity requirement is at most %1 days in total (more is an extended activity requirement, only with ISS).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An answer of a countersigned assessment cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An attendance centre requirement for a child of %1 at conviction is %2 to %3 hours.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An exclusion lasts at most %1 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An extended activity requirement is more than %1 and at most %2 days for a conviction on %3.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An extended activity requirement is only possible in a YRO with intensive supervision and surveillance.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An initial panel agrees the contract, adjourns or refers back.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An offence chosen does not belong to this child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An offence does not belong to this child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An offence has an identified victim, and neither this assessment ('Victim needs and safety') nor the linked plan ('keeping other people safe') addresses the victim's safety. Address it, or record why not.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An offence has an identified victim: say under 'keeping other people safe' how the plan keeps the victim safe, or record why it need not.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An offence is not this child's.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Another user</source>
            <extracomment>From the domain: who made the other edit (sync conflict).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Any of these at the end</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Any of these at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Apologies</source>
            <extracomment>From the domain: code list board_attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Are the YJS's recommendations sufficiently well-informed, analytical and personalised to the child, supporting joint decision-making?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Arson</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>As at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian - Any other Asian background</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian - Bangladeshi</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian - Chinese</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian - Indian</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Asian - Pakistani</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessed date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment (%1)</source>
            <extracomment>From the domain: due item; %1: as the record gives it (a name, words as typed, a number), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment (end)</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment (review)</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment (start)</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment (transfer in)</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment answer</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment basis</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment countersign</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment form version %1 is not known on this laptop (known versions: %2). Update yjdesk to open it.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment history</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment not started</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment or treatment started</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment review after %1</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessment stage</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessments due soon</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Assessments overdue</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>At</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>At %1 hours a day the curfew would pass %2 hours in 7 days: give the hours per week (some days shorter).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Attendance centre</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Attended</source>
            <extracomment>From the domain: code list attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Attended the referral order panel</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Attending</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Audit</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Audit event</source>
            <extracomment>From the domain: kind of record (sync conflict).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Audited on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Aunt uncle</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Authoring service</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Awaiting quality check</source>
            <extracomment>From the domain: code list psr_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Aycliffe Secure Centre</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bail date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bail supervision and support</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bail with ISS / bail supervision and support</source>
            <extracomment>From the domain: code list remand_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Barton Moss Secure Care Centre</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bed and breakfast</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Before breach, record the alternatives tried to re-engage the child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Being told</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bereavement</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black - African</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black - Any other Black background</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Black - Caribbean</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Blackburn Youth Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Blackpool Youth Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; board_meeting).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board attendance</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board meeting</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board meetings are recorded by service managers or administrators.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board meetings held</source>
            <extracomment>From the domain: performance figure (KPI 7: Management board attendance).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Board meetings held in the period, and for each partner the meetings attended (in person or by a deputy) out of those they were listed for.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach / referral back panel</source>
            <extracomment>From the domain: referral order panel.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach action (information laid)</source>
            <extracomment>From the domain: enforcement step.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach of bail</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach of statutory order</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach outcome</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; compliance_record).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach proceedings</source>
            <extracomment>From the domain: code list compliance_action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breach proceedings cannot start before the non-compliance.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breached - returned to court</source>
            <extracomment>From the domain: code list disposal_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Burglary (dwelling)</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Burglary (non-dwelling)</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Burnley Crown Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Burnley Youth Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>By hand at court</source>
            <extracomment>From the domain: code list psr_send_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>CAMHS / mental health</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ca bundle</source>
            <extracomment>From the domain: a setting's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Carried forward from</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Case audit</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Case audit answer</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Case audits are carried out by team or service managers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Case type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Category</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; disposal).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change of address</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changed on another laptop since you opened this record. It now reads: %1. Your text is still here: save again to replace that with it.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <extracomment>From the domain: audit log detail; %1: the fields' words, each translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changes json</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Charge</source>
            <extracomment>From the domain: code list ooc_decision.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Charged with the original offence</source>
            <extracomment>From the domain: code list ycc_prosecution.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Check with your team manager that the child is still allocated to you; if it is, this record is sent again automatically.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Checked at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Checked by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child attended</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_panel).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child feedback</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child in need assessment (section 17)</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child in need at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child in need end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child in need status</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child protection</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child protection plan at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child understood</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child views</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child words</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child's details</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child's home</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Child's safety and wellbeing</source>
            <extracomment>From the domain: code list plan_area.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children aged 10-17 whose first youth caution, youth conditional caution or court conviction was in the period (first by decision date).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children in Need / social care</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children in the cohort</source>
            <extracomment>From the domain: performance figure (Children worked with).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children sentenced to custody</source>
            <extracomment>From the domain: performance figure (Use of custody).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children with a disposal (other than no further action) open at any time in the period.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children with a serious violence offence</source>
            <extracomment>From the domain: performance figure (KPI 9: Serious violence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children worked with</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Children's home</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose a court or an out-of-court case.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose a pre-sentence report or a stand-down report.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose a rating for %1 from the list.</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose a scheduled, referral order panel or end of order review.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose a sentence the court can pass.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose attended, deputy, apologies, absent or vacant.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose between 1 and %1 minutes.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose currently, previously or never.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose currently, previously, never or yet to clarify.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose how the disposal ended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose how the report was sent.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose management oversight or supervision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose one of this child's interventions.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the Crown Court the case was sent to.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the document the victim agreed to (a report or an assessment).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the establishment from the list.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the first day of the period.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the kind of restorative justice the victim took part in.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the kind of transfer.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the last day of the period.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the order the court revoked, varied or extended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the outcome the YJS recommends.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the pathway the child was referred to.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the police outcome.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the prosecution decision (or 'decision awaited').</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the remand or bail decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the sentence the court passed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose what the court decided: adjourned, remanded, sentenced, sent to the Crown Court, acquitted, withdrawn, or an order revoked, varied or extended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose what was done about the failure.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose which value to keep under Conflicts on the sync screen; the choice is sent at the next sync.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose who owns the action.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose who the report went to.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Circumstances</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Closed at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Closed by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Code</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; team).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cohort profile</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>College / further education</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Comment</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Comments</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community order (probation)</source>
            <extracomment>From the domain: transition transfer type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community reparation</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community resolution</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community resolution (Outcome 8)</source>
            <extracomment>From the domain: code list ooc_decision.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community safety partnership</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Community venue / Family Hub</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Completed on</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Completed satisfactorily</source>
            <extracomment>From the domain: referral order panel outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compliance end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compliance panel</source>
            <extracomment>From the domain: code list compliance_action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compliance record</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Concerns</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim_safety_summary).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Conclusive grounds</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_referral).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Conditional discharge</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Conditions not complied with (prosecution decision)</source>
            <extracomment>From the domain: code list ooc_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Confirm that the child and the parent or carer understood the implications.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Consent to contact</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Consent to contact is dated %1, before the offence on %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Consented to contact</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact amendment</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact due</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact's plan target</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Content hash</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contingency others</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contingency plan</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contingency wellbeing</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contract agreed</source>
            <extracomment>From the domain: referral order panel outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contract signed on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contract varied (new version)</source>
            <extracomment>From the domain: referral order panel outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Control curfew</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Control exclusion</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Control police links</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Conviction spent on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Countersign due on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Countersigned at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Countersigned by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counts</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>County lines</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court code</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court decision</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court digital case system</source>
            <extracomment>From the domain: code list psr_send_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court disposal</source>
            <extracomment>From the domain: case audit type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court hearing</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court hearing outcome</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court officer</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court report check</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court report quality check</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court report sent</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court sentences</source>
            <extracomment>From the domain: performance figure (Use of custody).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Court: %1</source>
            <extracomment>From the domain: due item; %1: as the record gives it (a name, words as typed, a number), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Courts / magistracy</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cover</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cp plan</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cp plan end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cp plan status</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Criminal damage</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Criminal exploitation</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Crown Prosecution Service</source>
            <extracomment>From the domain: code list psr_recipient.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Curfew (doorstep)</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Curfew (electronically monitored)</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custodial sentences</source>
            <extracomment>From the domain: performance figure (Use of custody).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custodial sentences (detention and training orders, section 250 and 259 detention) given in the period, against all court sentences.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custodial sentences per 1,000 aged 10-17</source>
            <extracomment>From the domain: performance figure (Use of custody).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custody</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custody (YOI / STC / SCH)</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custody meeting</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custody visit</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custody: %1 meeting</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Database too old to upgrade</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Date of birth cannot be in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Date of birth is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Death or injury by dangerous driving</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Decision awaited</source>
            <extracomment>From the domain: code list ycc_prosecution.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Decision body</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Declined by the child or family</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Declined contact</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Defence</source>
            <extracomment>From the domain: code list psr_recipient.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deleted reason</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delivered date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delivered on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; requirement_delivery).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deputy attended</source>
            <extracomment>From the domain: code list board_attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Describe the condition.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Describe the external controls ticked.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Describe the failure: a warning says what happened and that it was unacceptable.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Describe the safeguarding concern.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Describe the safety concerns.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Designated authority</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Desistance (reducing offending)</source>
            <extracomment>From the domain: code list plan_area.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Detention (s.250)</source>
            <extracomment>From the domain: custody or remand.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Detention and training order</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Detention at HM pleasure (s.259)</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Device</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; audit_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Device seq</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; audit_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Did not admit</source>
            <extracomment>From the domain: code list ooc_admission.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Did not attend - acceptable absence</source>
            <extracomment>From the domain: code list attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Did not attend - unacceptable absence</source>
            <extracomment>From the domain: code list attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Direct RJ (conference)</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Direct meeting / conference</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Display name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; user_account).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Disposal requirement</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Disposal type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; disposal).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does assessment sufficiently analyse how to keep other people safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does assessment sufficiently analyse how to keep the child safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does assessment sufficiently analyse how to support the child's desistance?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does not want contact</source>
            <extracomment>From the domain: code list victim_contact_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does planning focus sufficiently on keeping other people safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does planning focus sufficiently on keeping the child safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does planning focus sufficiently on the child's desistance?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does reviewing focus sufficiently on keeping other people safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does reviewing focus sufficiently on keeping the child safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does reviewing focus sufficiently on the child's desistance?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does the YJS work effectively with the police in implementing the out-of-court disposal?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does the implementation and delivery of services effectively support keeping other people safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does the implementation and delivery of services effectively support keeping the child safe?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Does the implementation and delivery of services effectively support the child's desistance?</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Domestic abuse witnessed</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Done on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; oversight_action).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drafting</source>
            <extracomment>From the domain: code list psr_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drug testing</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drug treatment</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drugs - possession</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drugs - supply</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Due on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE hours a week at the end</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE hours per week must be between 0 and 60.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE not recorded at end</source>
            <extracomment>From the domain: performance figure (KPI 2: Education, training and employment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE officer</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE provider / careers</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ETE status at the end</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Each target needs a description.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Each target needs an owner (who will do it).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Early help at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Early help end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Early help status</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ect result</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Education</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Education, training or work must be confirmed before release.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ehcp</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Elective home education</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Electronic monitoring</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Electronic monitoring can only go with at least one other requirement.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Eligibility reason</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Eligible</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Employment</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End of order review</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End reason</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>End-of-intervention record</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ended by further offending</source>
            <extracomment>From the domain: code list ooc_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ended on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enforcement decision</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enforcement needed</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; compliance_record).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enforcement step</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enforcement was needed but not taken: give the reason.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Engaged in restorative justice (KPI 10)</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enhanced service</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Entity</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; audit_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Episode</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_meeting).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Episode type</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete confirmed on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete detail</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete hours</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete hours attended</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete hours offered</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete provider</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ete status</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ethnic group</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Event date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; case_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Event type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; case_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Every curfew period falls within %1 months of the order taking effect.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Evidence</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Excluded - no provision</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exclusion from school</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exported</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Extended activity (ISS only)</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Extension court date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Extension months</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Family Hub / community centre</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Family feedback</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Family group conference</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Family member or carer</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Family name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Father</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Female</source>
            <extracomment>From the domain: code list gender.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Field</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact_amendment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Filled in: %1</source>
            <extracomment>From the domain: audit log detail; %1: the fields' words, each translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Final panel</source>
            <extracomment>From the domain: referral order panel.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Finalise Court report</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Finalise PSR</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Finalise Stand-down report</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Finalised at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Finalised by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fine</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First appearance</source>
            <extracomment>From the domain: code list hearing_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First name</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First seen date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_referral).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First set of conditions (LASPO s.98)</source>
            <extracomment>From the domain: LASPO remand condition set.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First-time entrants</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>For this requirement record %1 or %2.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>For this requirement record %1.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Form version</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Format</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Foster carer</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Foster placement</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fraud and forgery</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Friend</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>From date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Full-time ETE at end</source>
            <extracomment>From the domain: performance figure (KPI 2: Education, training and employment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give a financial quarter such as 2025-26 Q2, or the first day of a quarter (2025-07-01).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date of the court's decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date of the failure.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date of the meeting.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date of the referral back.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date the case was adjourned to.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date the contract was signed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date the exclusion ends.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date the local authority residence requirement ends.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date the panel met.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the evidence for this score.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the exceptional reason for not taking breach action.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the name of the court.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the new end date: after the order's current end date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the placement date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the release date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the time as HH:MM on the 24-hour clock, e.g. 10:00.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Give the time the report was sent.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Given by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Given information</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Given name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Going missing</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grandparent</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Gravity is a score from 1 to 8.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Guilty</source>
            <extracomment>From the domain: code list plea.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>HMYOI Cookham Wood</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>HMYOI Feltham A</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>HMYOI Parc (young people's unit)</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>HMYOI Werrington</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>HMYOI Wetherby</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hash</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; audit_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Head of youth justice service</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Health (integrated care board)</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Health at risk</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Health worker</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Heard</source>
            <extracomment>From the domain: code list hearing_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hearing time</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>High</source>
            <extracomment>From the domain: code list exploitation_risk.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Home visit</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Home yot</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Homelessness</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hours a week must be between 0 and 60.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hours attended cannot exceed hours offered.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hours worked</source>
            <extracomment>From the domain: order delivery kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Housing</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>How the ratings were assessed</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Id</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Idle lock minutes</source>
            <extracomment>From the domain: a setting's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Implementation and delivery</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Imported</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>In ETE at end</source>
            <extracomment>From the domain: performance figure (KPI 2: Education, training and employment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>In ETE at start</source>
            <extracomment>From the domain: performance figure (KPI 2: Education, training and employment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>In custody</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Independent living</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Indirect / community reparation</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Indirect RJ (letter, shuttle)</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Info handover on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Info shared</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Inform the police (out of court)</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Information date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Information officer</source>
            <extracomment>From the domain: role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Informing the police</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Initial panel</source>
            <extracomment>From the domain: referral order panel.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Initial panel due</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Initial planning</source>
            <extracomment>From the domain: custody meeting.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intensive supervision and surveillance</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Internal error</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention attending</source>
            <extracomment>From the domain: performance figure (KPI 4: Mental health).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention level</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention level rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention offered</source>
            <extracomment>From the domain: performance figure (KPI 4: Mental health).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention planned</source>
            <extracomment>From the domain: performance figure (KPI 4: Mental health).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intervention type</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed</source>
            <extracomment>From the domain: performance figure (KPI 1: Suitable accommodation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period where the child was looked after, a child in need, on a child protection plan or an early help plan, at the start (start assessment) and at the end (exit record; a step-down to early help counts).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period whose latest assessment identified SEND/ALN; of those, with a formal learning plan (an EHCP or equivalent).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period whose latest assessment identified a mental health need; of those, with an intervention planned, offered and attended (a later step counts towards the earlier ones).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period whose latest assessment identified a substance misuse need; of those, with an intervention planned, offered and attended (a later step counts towards the earlier ones).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period, in suitable accommodation at the start and at the end (start assessment / exit record, else the address held on that date).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interventions closed in the period: engaged in ETE at the start (start assessment) and at the end (exit record); full-time means attending 25+ hours a week (school age) or 16+ hours (above school age).</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Intoxicating substance treatment</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Introductions</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Joint working</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 1 accommodation</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 10 victims</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 10: Victims and restorative justice</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 1: Suitable accommodation</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 2 ETE</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 2: Education, training and employment</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 3 SEND</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 3: SEND / additional learning needs</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 4: Mental health</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 5: Substance misuse</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 6 and closed interventions</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 6: Out-of-court disposal completion</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 7: Management board attendance</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 8: Links to wider services</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPI 9: Serious violence</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPIs 1, 2 and 10</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>KPIs 3-5</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keeping other people (and any victim) safe</source>
            <extracomment>From the domain: code list plan_area.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinship care</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinship carer</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Lancaster Crown Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Lancaster Youth Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Laspo condition set</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Laspo conditions</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last contact date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last name</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Learning plan</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Leaving care</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Legal rep email</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Legal rep firm</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Length months</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Letter</source>
            <extracomment>From the domain: code list victim_contact_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Letter of apology</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Licence (probation)</source>
            <extracomment>From the domain: transition transfer type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Licence / supervision breach</source>
            <extracomment>From the domain: enforcement step.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Likelihood of reoffending</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Likelihood of reoffending: rationale</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Likelihood rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Likelihood reoffending</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line1</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child_address).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line2</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child_address).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Link the victim to at least one of the child's offences.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Listed (future)</source>
            <extracomment>From the domain: code list hearing_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Living with parents or family</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local authority</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; team).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local authority children's services</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local authority residence</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local authority residence lasts at most %1 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local authority residence must end before the child is 18.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local id</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Local status</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Long-term detention (s.250)</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Longer sentence (s.259 / extended)</source>
            <extracomment>From the domain: custody or remand.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Looked after at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Looked after end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Looked after from</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Looked after status</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Looked after to</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Low</source>
            <extracomment>From the domain: code list exploitation_risk.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>MAPPA categories and levels are 1, 2 or 3.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>MAPPA levels are 1, 2 or 3.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Male</source>
            <extracomment>From the domain: code list gender.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Managed under the pathway (MAPPA level or exploitation plan)</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Management oversight</source>
            <extracomment>From the domain: code list oversight_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Management oversight is recorded by team or service managers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Manager actions</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mandatory</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; disposal_requirement).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Manifest</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mappa category</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mappa eligible</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mappa level</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mappa rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Maturity</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Medium</source>
            <extracomment>From the domain: code list exploitation_risk.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Meetings are recorded for MAPPA and exploitation referrals.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Member name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; board_attendance).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mental health diagnosis</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mental health intervention</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mental health need</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mental health need identified</source>
            <extracomment>From the domain: performance figure (KPI 4: Mental health).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mental health treatment</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Method</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_sent).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Missing episodes</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mixed</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mixed - Any other Mixed or multiple background</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mixed - White and Asian</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mixed - White and Black African</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mixed - White and Black Caribbean</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Most intensive disposal in the period</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mother</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Motoring offences</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Multi-agency exploitation meeting</source>
            <extracomment>From the domain: code list pathway.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>National Referral Mechanism (modern slavery / trafficking)</source>
            <extracomment>From the domain: code list pathway.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Need not recorded</source>
            <extracomment>From the domain: performance figure (KPI 4: Mental health).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Negative</source>
            <extracomment>From the domain: code list nrm_decision.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New arrest</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New offence</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next hearing</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No ETE hours attended at the end (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No ETE status at the end of the intervention (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No accommodation status at the end of the intervention (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No breach: exceptional reason</source>
            <extracomment>From the domain: enforcement step.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No certificate file at %1.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No change reason</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No comment interview</source>
            <extracomment>From the domain: code list ooc_admission.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No communication needs identified</source>
            <extracomment>From the domain: code list ect_result.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No contract was signed: the order cannot be completed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No countersigned, recent assessment stands behind this report: say how the ratings were assessed for it (this statement is printed in the report).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No data-item file for %1 in resources/cld or the service's own cld folder (%2): copy the latest year's file there and align it with that year's Data Recording Requirements.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No end-of-intervention (exit) record (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No enforcement action</source>
            <extracomment>From the domain: code list compliance_action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No ethnicity recorded</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No fixed abode / homeless</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No further action</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No gender recorded</source>
            <extracomment>From the domain: data quality.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No identified victim</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No local profile</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No secure credential store</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No submitted assessment for the intervention (SEND, mental health and substance misuse cannot be counted) (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such action.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such audit.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such compliance record.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such contact record.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such contract.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such custody episode.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such disposal.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such exit plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such ledger line.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such meeting.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such order.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such out-of-court decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such panel meeting.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such referral order.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such referral.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such requirement.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such review.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such safeguarding item.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such user.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No such victim record.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No transfer</source>
            <extracomment>From the domain: transition transfer type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Non compliance date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Non-binary</source>
            <extracomment>From the domain: code list gender.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Non-compliance record</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>None needed</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not accepted by the service</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not achieved</source>
            <extracomment>From the domain: code list target_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not allowed</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not applicable</source>
            <extracomment>From the domain: case audit score.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not completed</source>
            <extracomment>From the domain: code list ooc_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not completed (out of court)</source>
            <extracomment>From the domain: code list disposal_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not found</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not guilty (acquitted)</source>
            <extracomment>From the domain: code list offence_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not in education, employment or training</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not possible now</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not prosecuted (reasonable excuse or not in the public interest)</source>
            <extracomment>From the domain: code list ycc_prosecution.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not recorded at end</source>
            <extracomment>From the domain: performance figure (KPI 1: Suitable accommodation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not recorded at the end</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not recorded at the start</source>
            <extracomment>From the domain: performance figure (KPI 8: Links to wider services).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not seen since %1</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not seen within policy</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not seen yet</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not stated / refused</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not yet completed</source>
            <extracomment>From the domain: code list ect_result.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing to save yet: fill in the end date or a part of the plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Number in cohort</source>
            <extracomment>From the domain: performance figure (Reoffending).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Oakhill Secure Training Centre</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Oasis Restore (secure school)</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offence analysis</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offence at a hearing</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offence code</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; offence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offence status</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offence type</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offered, declined</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Office appointment</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>On remand</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ongoing</source>
            <extracomment>From the domain: code list disposal_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only %1 of %2 remain on this requirement.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a countersigned assessment can be carried forward.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a final record is amended; a draft can simply be edited.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a final record is edited this way.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a finalised report can be sent.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a manager acts on safeguarding items.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a manager of the child's team can countersign this assessment.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a manager of the child's team can return this assessment.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a report submitted for its quality check can be marked court ready.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a submitted or court-ready report can be returned.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a team manager can countersign an assessment.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a team manager can quality-check a court report.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a team manager can return an assessment.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a team or service manager can sign off an exceptional reason for not taking breach action.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a team or service manager can sign off an exit plan.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only a youth conditional caution has conditions whose non-compliance leads to a prosecution decision; choose 'not completed'</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only an exceptional reason is signed off.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only court officers, practitioners and managers do court work.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only managers and performance staff can see the children behind a figure; others see the totals.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only practitioners, court officers and team managers write assessments.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only referral order non-compliance is referred to the panel.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only staff of the child's team can write their assessments.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only the action's owner or a manager can complete it.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only the author can work on a draft.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only the author or a manager can amend a contact record.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only the information officer or a service manager can produce the YJB return.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only the practitioner whose work was audited acknowledges the feedback.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only victim and RJ workers and managers work with victims' records.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open safeguarding items</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the child's record and clear or correct the case number.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the child's record, change the case number (or leave it blank for the service to give one), and sync again.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the record and change what the reason says, or ask your team manager; it is also sent again automatically.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the record, complete or correct it as the reason says, and sync again.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Order ends</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Order extended</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Order review</source>
            <extracomment>From the domain: code list hearing_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Order revoked</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Order varied</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Organisation (business, school, council)</source>
            <extracomment>From the domain: code list victim_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Original text</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact_amendment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Originating id</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Originating person</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; child).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other - Any other ethnic group</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other - Arab</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other agency info</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other condition</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other court (give the name)</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other establishment</source>
            <extracomment>From the domain: code list secure_establishment.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other gender identity</source>
            <extracomment>From the domain: code list gender.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other non-compliance (behaviour, requirement not met)</source>
            <extracomment>From the domain: code list non_compliance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other offence</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other prevention / diversion</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Other significant change</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court assessment</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court condition</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court decision</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court disposal</source>
            <extracomment>From the domain: case audit type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court disposals (other than no further action) that ended in the period, by whether they were completed.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Out-of-court disposals ended</source>
            <extracomment>From the domain: performance figure (KPI 6: Out-of-court disposal completion).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome 22 (diversion, no further action)</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome 23 (deferred prosecution)</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome id</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome notes</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome recorded at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome recorded by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome type</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Oversight action</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Oversight action: %1</source>
            <extracomment>From the domain: due item; %1: as the record gives it (a name, words as typed, a number), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Oversight actions overdue</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PSR quality check</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Panel member name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_contract).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent attended</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_panel).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent mental health</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent offending</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent ordered</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent substance misuse</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Parent understood</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Partially completed (counts as not completed)</source>
            <extracomment>From the domain: code list ooc_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Partner</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Performance figures</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Performance pack</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Period</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Person</source>
            <extracomment>From the domain: code list victim_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Phone call</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Placement date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Plan changed</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Plan target</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Planned end date</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Planned sessions</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan_target).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Planning</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Plea</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing_offence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please check the form</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose a disposal type from the list.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose a gender.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose a value.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose an ethnicity (or 'Not known').</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose an offence type from the list.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose the court from the list (or 'Other court').</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose the relationship.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose the type of contact.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose the type of hearing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose the venue.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose whether the child attended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please choose whether the hearing is listed, heard or vacated.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Please update yjdesk</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pnc number</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Police</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Police and crime commissioner</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Police informed date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Police station</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Police-led</source>
            <extracomment>From the domain: who decides an out-of-court disposal.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Position</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_requirement).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Positive</source>
            <extracomment>From the domain: code list nrm_decision.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Possession of a weapon</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Practitioner response</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pre-sentence report</source>
            <extracomment>From the domain: code list psr_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <extracomment>From the domain: code list gender.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Present</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; contact).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preston Crown Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preston Youth Court</source>
            <extracomment>From the domain: code list court.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prev hash</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; audit_event).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prevention</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Previous convictions</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Printed</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prior looked after</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Probation service</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Produced at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Produced by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Programme</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Progress panel</source>
            <extracomment>From the domain: referral order panel.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Progress reviewed: continue</source>
            <extracomment>From the domain: referral order panel outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prohibited activity</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Proposal disposal type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Proposal months</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Proposed requirement</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Prosecution decision date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Proven offences</source>
            <extracomment>From the domain: performance figure (KPI 9: Serious violence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Proven offences committed in the period that count as serious violence (drugs, robbery, violence against the person offences with a gravity score of 5 or more), and the children who committed them.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Psr</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_requirement).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Public order</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Qualification</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; user_account).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Quarter end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Quarter start</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Quarterly cohorts of %1 to %2: children aged 10-17 whose first caution or non-custodial court sentence in a quarter is their index disposal. Reoffences: proven offences committed within %3 months of the index date and proven within a further %4 months. The binary rate is the share of the cohort who reoffended; the frequency is the number of reoffences per reoffender and per child in the cohort.</source>
            <extracomment>From the domain: what a performance indicator counts (%1, %2: a month and year; %3, %4: numbers of months).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Question key</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RJ not offered</source>
            <extracomment>From the domain: code list rj_engagement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RJ-Formal</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RJ-Instant</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Racially aggravated offence</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Raised at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Raised by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rate per 100,000 aged 10-17</source>
            <extracomment>From the domain: performance figure (First-time entrants).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reasonable and conclusive grounds are decisions on an NRM referral.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reasonable grounds</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_referral).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recipient name</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_sent).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recipient type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_sent).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recommendation rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record a meeting once it has been held.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record at least one partner's attendance.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record id</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record that restorative justice was offered before it took place.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the YJS's assessment before its recommendation.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the YJS's own recommendation to the panel (apart from the panel's decision)</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the YJS's own recommendation to the panel first; it is kept apart from the panel's decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the actions agreed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the date of the outcome.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the date the victim consented to this use.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the date the victim gave (or refused) consent to contact.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the decision after the panel has met.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the decision before its delivery.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the delivery of the disposal first.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the licence (notice of supervision) conditions.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the non-compliance together with the prosecution decision for the original offence.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record the release on or after the day.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record what the court decided.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record what the panel decided.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record when the conditions were not complied with</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record when the conditions were not complied with.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record which LASPO set of conditions the court found met (first, s.98, or second, s.99).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record who attended (the child, family, case manager, resettlement practitioner ...).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record who attended the panel</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recorded on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; oversight_record).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Records json</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Redacted at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_meeting).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order contract</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order panel</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order panel member</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order panel volunteer</source>
            <extracomment>From the domain: role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order review panel</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral order: %1</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referral report</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referred back on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_order).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referred for support</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referred to early help</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Referred to the panel</source>
            <extracomment>From the domain: enforcement step.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Relationship type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; relationship).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Release date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; custody_episode).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Release planning</source>
            <extracomment>From the domain: custody meeting.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand or custody</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand review</source>
            <extracomment>From the domain: code list hearing_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand to local authority accommodation</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand to local authority accommodation (RLAA)</source>
            <extracomment>From the domain: custody or remand.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand to youth detention accommodation</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand to youth detention accommodation (RYDA)</source>
            <extracomment>From the domain: custody or remand.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remand type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; court_hearing).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remanded</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remote (phone or video)</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Removed</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffences</source>
            <extracomment>From the domain: performance figure (Reoffending).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffences per child in the cohort</source>
            <extracomment>From the domain: performance figure (Reoffending).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffences per reoffender</source>
            <extracomment>From the domain: performance figure (Reoffending).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffenders (binary rate)</source>
            <extracomment>From the domain: performance figure (Reoffending).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffending</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reoffending rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Requested</source>
            <extracomment>From the domain: code list psr_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Requested on</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Requirement code</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; disposal_requirement).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Requirement delivery</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Residence</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Residential carer</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Restorative justice cannot be before the consent to contact.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Restorative justice conference</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rev</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Review after %1</source>
            <extracomment>From the domain: due item; %1: a code list's label, translated on its own, in lower case.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Review outcome</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; transition_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reviewing</source>
            <extracomment>From the domain: case audit question.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reviews due</source>
            <extracomment>From the domain: team dashboard measure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Risk level</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_meeting).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Risk of serious harm</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Risk of serious harm to others</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Risk of serious harm to others: rationale</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj engagement</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj not offered reason</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj offered</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj offered date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj outcome</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj took part</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rj type</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Robbery</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rosh</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rosh rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Route</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>SEND / learning needs not recorded in the assessment (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>SEND not recorded</source>
            <extracomment>From the domain: performance figure (KPI 3: SEND / additional learning needs).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>SEND/ALN identified</source>
            <extracomment>From the domain: performance figure (KPI 3: SEND / additional learning needs).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safeguarding item</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safeguarding referral to children's social care / MASH</source>
            <extracomment>From the domain: code list pathway.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safety and wellbeing concerns</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safety and wellbeing concerns: rationale</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safety detail</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safety wellbeing</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Safety wellbeing rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say how the court varied the order.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say how the transition went.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say what needs to change before it is court ready.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say what was handed over.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say what you have done or decided.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say whether enforcement was needed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say whether the victim consented to contact.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say whose work was audited.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say why the child does (or does not) transfer.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Say why the item can be closed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Scheduled review</source>
            <extracomment>From the domain: code list review_trigger.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>School - full time</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>School - part-time timetable</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>School age: full-time at end</source>
            <extracomment>From the domain: performance figure (KPI 2: Education, training and employment).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>School or college</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>School visit</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; quality_audit_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Score every question before completing the audit.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Score sufficient, insufficient or not applicable.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Second set of conditions (LASPO s.99)</source>
            <extracomment>From the domain: LASPO remand condition set.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Seconded police officer</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Secure e-mail (CJSM)</source>
            <extracomment>From the domain: code list psr_send_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Secure estate (custody)</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Self harm or suicide attempt</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Send</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Send Court report to court</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Send PSR to court</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Send Stand-down report to court</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_sent).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr_sent).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent to the Crown Court</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sentence planning review</source>
            <extracomment>From the domain: custody meeting.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sentenced</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sequence</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan_target).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Serious harm rationale</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Serious violence</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; offence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Serious violence offences</source>
            <extracomment>From the domain: performance figure (KPI 9: Serious violence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Serious violence offences per 10,000 aged 10-17</source>
            <extracomment>From the domain: performance figure (KPI 9: Serious violence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Server seq</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Server url</source>
            <extracomment>From the domain: a setting's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Service</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; pathway_referral).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Service manager</source>
            <extracomment>From the domain: role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Session attended</source>
            <extracomment>From the domain: order delivery kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sessions cannot be negative and the sequence starts at 1.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sexual exploitation</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sexual offence</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sha256</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Share the information with probation before the transfer: give the handover date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show between 1 and %1 rows at a time.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Shuttle mediation</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sibling</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Signed by child</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_contract).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Signed in</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Signed off at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Signed off by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Signed out</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Significant change</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Significant communication needs - referral made</source>
            <extracomment>From the domain: code list ect_result.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Social worker</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sofa surfing</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Some communication needs</source>
            <extracomment>From the domain: code list ect_result.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Someone else</source>
            <extracomment>From the domain: who made the other edit (sync conflict).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source stage</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Source stage countersigned at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sources</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; psr).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sources of information</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Specification</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Speech and language therapy</source>
            <extracomment>From the domain: code list pathway.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Speech language need</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stand-down report</source>
            <extracomment>From the domain: code list psr_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stand-down report quality check</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Started on</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Status must be suspected or proven.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Statutory partner attendance</source>
            <extracomment>From the domain: performance figure (KPI 7: Management board attendance).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Step date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Step-down to Early Help</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stepfather</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stepmother</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Still open after its planned end on %1: record how it ended</source>
            <extracomment>From the domain: YJB return check; %1: a code or a date as recorded, not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategies</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategy discussion / section 47 enquiry</source>
            <extracomment>From the domain: code list pathway_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strengths and protective factors</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Submitted at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Submitted by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Substance misuse intervention</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Substance misuse need</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_stage).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Substance misuse need identified</source>
            <extracomment>From the domain: performance figure (KPI 5: Substance misuse).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Substance misuse service</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suggested the reparation</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suitable accommodation at end</source>
            <extracomment>From the domain: performance figure (KPI 1: Suitable accommodation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suitable accommodation at start</source>
            <extracomment>From the domain: performance figure (KPI 1: Suitable accommodation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suitable accommodation must be confirmed before release.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Summary</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; safeguarding_item).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Supersedes</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; data_return).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Supervision</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Supervision (reflective case discussion)</source>
            <extracomment>From the domain: code list oversight_kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Support detail</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; exit_plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Supported accommodation</source>
            <extracomment>From the domain: code list accommodation_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suspected (no outcome yet)</source>
            <extracomment>From the domain: code list offence_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sync failed</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sync service busy</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sync when you are online.</source>
            <extracomment>From the domain: what fixes a change not on the server (sync screen).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Teacher</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Team manager</source>
            <extracomment>From the domain: role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Telephone</source>
            <extracomment>From the domain: code list victim_contact_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Text</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim_disclosure).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>That order has already ended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The 10-17 population must be a positive number (policy reporting.population_10_17).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The Child Gravity Matrix score is from 1 to 5</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The YJS has not assessed this referral yet: record its assessment first.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The action cannot come before the failure.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The action needs a due date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The amendment changes nothing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The assessment</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The assessment summary</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The audit date cannot be in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The audit date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The audit has not been completed yet.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The audit log is for administrators.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The board's name</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child already has an active plan: change it through a review.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child has already been released.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child has already been sentenced at this hearing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child has already had %1 warnings in the warned period covering %2: the law requires breach action now, or an exceptional reason signed off by a manager.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child must be present in court for an extension.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child signs the contract.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child would be %1: youth justice work starts at %2. Check the year.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The child's circumstances</source>
            <extracomment>From the domain: pre-sentence report section.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The compliance panel's date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The compliance period has ended: it can no longer be extended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The conclusive grounds decision</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The conclusive grounds decision cannot be before the reasonable grounds decision.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contact is dated before the child was born.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contact is dated in the future. Record a contact after it has happened.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contact time has no time zone.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contract cannot be signed (%1) before the court made the order (%2).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contract is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The conviction cannot be after the order was made.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The countersign queue is for managers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The court can extend the period by 1 to %1 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The court ordered a parent to attend the panels: record that they attended, or adjourn the panel (or refer back).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date and time of the contact are required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date breach proceedings began is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the assessment is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the event is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the non-compliance is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the offence is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the outcome is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the police decision is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the prosecution decision is required</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date of the review is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date the child moved in is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The date the sentence starts is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The decision</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The decision date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The decision has been made; the assessment is closed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The decision has been made; the recommendation stands as it was.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The decision on this referral has already been recorded.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The delivery date</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The delivery date is in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The delivery date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The disk is full</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The disposal is not this child's.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The draft belongs to another child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The due date cannot be before the request.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The end cannot be before the start date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The end of the intervention</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The event is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The exit plan belongs to another child.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The exit plan cannot be signed off yet. Still missing: %1.</source>
            <extracomment>From the domain: validation or workflow message; %1: labels ('; ' between them), each translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The exit plan has been signed off and is locked.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The exit plan is already signed off.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The failure is before the order started.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The failure is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The first appointment</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The first line of the address</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The form version must be a whole number.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The hearing date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The intervention cannot end in the future; record it when it ends.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The local database cannot be used</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The local database is damaged</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The local database is in use</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The local database is read-only</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The meeting cannot be before the child was placed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The meeting cannot be before the referral (%1).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The meeting date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The meeting is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The moving-out date</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The non-compliance</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The non-compliance is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The offence date cannot be in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The offence is not this child's.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The offset cannot be negative.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The order has ended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The order has ended: its contract cannot change.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The outcome</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The outcome date</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The outcome has already been recorded.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The outcome is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The outcome of this hearing has already been recorded.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The panel cannot be before the non-compliance.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The panel date</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The panel date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The panel has met: record its outcome.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The panel is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The period cannot end before it starts.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The person would be %1: check the year.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The person's name</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The plan's start date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The plea is guilty or not guilty.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The police decision is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The profile's user record is missing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The proposed length is at least 1 month.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The proposed length is from 1 to %1 months.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The prosecution decision cannot be before the non-compliance</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The prosecution decision is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The rationale for the decision</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The reason for the amendment</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The reasonable grounds decision</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The reasons for the recommendation</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The recipient</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The recommendation is not a known out-of-court decision</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The referral date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The referral is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The release cannot be before the placement.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The reoffending tracking window is 1 to 36 months.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The report cannot have been sent in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The report must be due on or before the hearing it is for.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The review is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The review leaves the plan unchanged: say why the plan still fits.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The risk level is low, medium or high.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The safeguarding list is for team and service managers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The safety summary is read by the child's practitioner: leave out the victim's %1.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The safety summary is read by the child's practitioner: leave out the victim's address (say 'exclusion zone around &lt;area&gt;').</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The same offence is listed twice.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The screening summary</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The server refused the request</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The start date is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The team dashboard is for managers.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The team name is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The transition is reviewed after the transfer.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The victim's name (or the organisation's) is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Theft and handling stolen goods</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This assessment is %1; only a submitted one can be countersigned.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This assessment is %1; only a submitted one can be returned.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This assessment is waiting for a countersign. Ask the manager to return it if it needs changing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This assessment stage is not on this laptop.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This assessment was countersigned %1 and cannot be changed. Start a review to record new information.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This case number is already in use.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This child has no current order or out-of-court disposal to end: record the disposal first (Justice tab).</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This child's record is not on this laptop.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This contact record is already final.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This countersignature's content hash is not the hash of the assessment as the service holds it; sync, check the assessment and countersign it again.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This date (%1) is in the past, so the hearing cannot be listed as a future hearing. Correct the date, or mark it as heard and record its outcome.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This exceptional reason has already been signed off.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This figure is not a count of children.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This hearing already has a report of this kind.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This hearing is not on this laptop.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This hearing is on %1: its outcome can be recorded on or after that day.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is before the order started.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is dated in the future.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is not a UK postcode.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is not an e-mail address.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is not an email address.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This item has already been acknowledged.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This item is already closed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This laptop has not reached the sync service for %1 days; your service allows %2 days offline. Connect to the network and sign in again, so the service can confirm this laptop may still open the records.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This laptop's clock is earlier than the last time it reached the sync service. Correct the date and time, connect to the network and sign in again.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This meeting has already been recorded.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This offence is not before the court at this hearing.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This panel meeting has already been recorded.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This part of the record cannot be amended.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This profile has no owner yet.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This question is not asked of this kind of case.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This record can no longer be edited: amend it and give a reason.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This record is locked</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report has already been finalised.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report has been checked as court ready; a manager must return it before it can be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report has been finalised and is locked; it cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report has been finalised.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report is already with a manager or checked.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report is awaiting its quality check; a manager must return it before it can be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report is not on this laptop.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This report's content hash is not the hash of the report as the service holds it; sync, check the report and finalise it again.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This review has already been completed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This version of the contract has already been signed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This victim's details were redacted at the end of the retention period; it cannot be changed.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Through a parent or guardian</source>
            <extracomment>From the domain: code list victim_contact_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Through the police</source>
            <extracomment>From the domain: code list victim_contact_method.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>To date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Told date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Training or apprenticeship</source>
            <extracomment>From the domain: code list ete_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transfer in date</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transfer out date</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transferred to another service</source>
            <extracomment>From the domain: code list disposal_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transition plan</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transition to probation: planning due</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Transition: hand the information over to probation</source>
            <extracomment>From the domain: due item.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Triage / diversion</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Trial</source>
            <extracomment>From the domain: code list hearing_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Trigger</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; review).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Turnaround (prevention)</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unacceptable absence</source>
            <extracomment>From the domain: code list non_compliance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unconditional or conditional bail</source>
            <extracomment>From the domain: code list remand_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Under 10</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unencrypted database refused</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown ETE status.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown Enhancing Communication Tool result.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown accommodation type.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown allocation role.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown child or worker.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown figure: %1 %2</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown partner.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown practitioner.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown requirement or condition.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown requirement.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown responsible officer.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unknown team</source>
            <extracomment>From the domain: team dashboard.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unpaid work (16-17)</source>
            <extracomment>From the domain: code list requirement.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unpaid work can only be required of a child aged %1 or %2 at conviction (this child was %3).</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated; %3: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unpaid work is from %1 to %2 hours in total.</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated; %2: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unsuitable accommodation at end</source>
            <extracomment>From the domain: performance figure (KPI 1: Suitable accommodation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Updated</source>
            <extracomment>From the domain: audit log detail: what a value is.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Updated at</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Updated by</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; allocation).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Use</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim_disclosure).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Use of custody</source>
            <extracomment>From the domain: performance indicator.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>User account</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Username</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; user_account).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Vacant post / gap in post</source>
            <extracomment>From the domain: code list board_attendance.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Vacated</source>
            <extracomment>From the domain: code list hearing_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Value</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; assessment_answer).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Varied</source>
            <extracomment>From the domain: code list disposal_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Vehicle theft / unauthorised taking</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Verbal warning</source>
            <extracomment>From the domain: code list compliance_action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Version</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; plan).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Very high</source>
            <extracomment>From the domain: code list psr_rating.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim / restorative justice outcome not recorded at the end (ended %1)</source>
            <extracomment>From the domain: data quality; %1: the date the intervention ended.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim and RJ worker</source>
            <extracomment>From the domain: code list allocation_role.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim disclosure</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim impact statement read at the panel</source>
            <extracomment>From the domain: code list rj_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim involved</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; offence).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim kind</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim_safety_summary).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim redaction</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim ref</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim_disclosure).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim safety summary</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victim's offence</source>
            <extracomment>From the domain: kind of record (audit log).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victims (each counted once, not per child or offence) asked for consent to contact in the period; of those who consented: views sought, information given, restorative justice offered and taken part in, and referred for support.</source>
            <extracomment>From the domain: what a performance indicator counts.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Victims asked for consent to contact</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Video call</source>
            <extracomment>From the domain: code list contact_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Viewed</source>
            <extracomment>From the domain: audited action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Views date</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; victim).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Views sought</source>
            <extracomment>From the domain: performance figure (KPI 10: Victims and restorative justice).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Violation reported</source>
            <extracomment>From the domain: order delivery kind.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Violence against the person</source>
            <extracomment>From the domain: code list offence_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Voluntary sector</source>
            <extracomment>From the domain: code list board_partner.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Voluntary sector / mentoring</source>
            <extracomment>From the domain: code list exit_support.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Volunteers</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_panel).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Warned period end</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; enforcement_step).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>From the domain: enforcement step.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What has changed since the last review</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When was the YJS told?</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White</source>
            <extracomment>From the domain: cohort profile.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White - Any other White background</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White - English, Welsh, Scottish, Northern Irish or British</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White - Gypsy or Irish Traveller</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White - Irish</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>White - Roma</source>
            <extracomment>From the domain: code list ethnicity.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Who delivered the disposal</source>
            <extracomment>From the domain: a field's label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>With a formal learning plan</source>
            <extracomment>From the domain: performance figure (KPI 3: SEND / additional learning needs).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>With an EHCP</source>
            <extracomment>From the domain: performance figure (KPI 3: SEND / additional learning needs).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Withdrawn / discontinued</source>
            <extracomment>From the domain: code list offence_status.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Withdrawn or discontinued</source>
            <extracomment>From the domain: code list hearing_outcome.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write the feedback for the practitioner.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write the words the victim agreed may be used.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write what the child's practitioner needs for planning (e.g. 'exclusion zone around the high street').</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Written warning</source>
            <extracomment>From the domain: code list compliance_action.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Wrong password</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>YJS office</source>
            <extracomment>From the domain: code list contact_venue.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>YRO with intensive supervision and surveillance</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Yjs members</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; referral_panel).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Yjs recommendation</source>
            <extracomment>From the domain: field of a record (audit log, history, sync screen; ooc_decision).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You cannot add children.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You cannot countersign an assessment you wrote or submitted; another manager must.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You cannot return an assessment you wrote or submitted; another manager must.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You wrote this report: another manager must check it.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your name is required.</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Youth caution</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Youth caution (Outcome 2)</source>
            <extracomment>From the domain: code list ooc_decision.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Youth conditional caution</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Youth rehabilitation order</source>
            <extracomment>From the domain: code list disposal_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Youth worker</source>
            <extracomment>From the domain: code list relationship_type.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>a %1 cannot be changed while it is deleted</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>a case number cannot start with %1: leave it blank for a new number, or type the child's case number</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>a child you add goes in your own caseload: you must be its case manager</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>accommodation at the end</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>accommodation type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>allocation role</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>already countersigned</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>attendance</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>board attendance</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>board partner</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>case number %1 is already used; change it on this child's record</source>
            <extracomment>From the domain: validation or workflow message; %1: as given (a date, a number, a code, typed text), not translated.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>closed safeguarding item</source>
            <extracomment>From the domain: a kind of locked record in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>compliance action</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>contact type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>contact venue</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>continuing support</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>countersigned assessment</source>
            <extracomment>From the domain: a kind of locked record in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>court</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>days</source>
            <extracomment>From the domain: code list requirement: unit.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>disposal outcome</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>disposal type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ect result</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>email</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ete status</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ethnicity</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>exit support</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>exploitation risk</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>final contact record</source>
            <extracomment>From the domain: a kind of locked record in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>finalised court report</source>
            <extracomment>From the domain: a kind of locked record in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>gender</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>hearing outcome</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>hearing status</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>hearing type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>hours</source>
            <extracomment>From the domain: code list requirement: unit.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>hours per day</source>
            <extracomment>From the domain: code list requirement: unit.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>name</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>no</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>non compliance</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not known</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not stated</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not submitted</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>nrm decision</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>offence status</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>offence type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>only a manager of the child's team, a service manager or an administrator can allocate a child</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>only a manager of the child's team, a service manager or an administrator can change a child's case manager</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>only a manager of the child's team, a service manager or an administrator can move a child to another team</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>only a team or service manager can delete a %1</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>only a team or service manager can restore a deleted %1</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ooc admission</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ooc decision</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ooc outcome</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>oversight kind</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>pathway</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>pathway outcome</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>per 1,000</source>
            <extracomment>From the domain: unit of a performance figure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>per 10,000</source>
            <extracomment>From the domain: unit of a performance figure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>per 100,000</source>
            <extracomment>From the domain: unit of a performance figure.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>phone number</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>plan area</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>plea</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>psr kind</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>psr rating</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>psr recipient</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>psr send method</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>psr status</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>relationship type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>remand type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>requirement</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>returned to the practitioner</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>review trigger</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>rj engagement</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>rj type</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>say why the %1 is deleted: the reason is kept in its history</source>
            <extracomment>From the domain: validation or workflow message; %1: a label, translated on its own.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>secure establishment</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>still a draft</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>target status</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the %1 this record names belongs to another child</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the child's feedback</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the end date</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the service receiving the child</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the strategies the child chose</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>victim / restorative justice engagement</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>victim contact method</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>victim disclosure use</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>victim kind</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>whether the accommodation is suitable</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>ycc prosecution</source>
            <extracomment>From the domain: a code list's name in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>yes</source>
            <extracomment>From the domain: a label in a message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>yet to clarify</source>
            <extracomment>From the domain: YJB return data item or value.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>yjdesk needs updating</source>
            <extracomment>From the domain: error title.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>you can add a child only to your own team</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>your role cannot add children</source>
            <extracomment>From the domain: validation or workflow message.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n children</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %n days overdue</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %n days still to do</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 of %n hours still to do</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n children</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessments waiting, oldest first</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes waiting</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n children</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n children not seen within policy</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed audits in the period.</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts to settle</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n episodes waiting for an enforcement decision</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gaps</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hearings, %1</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent yet</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open safeguarding items</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems to put right</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records not on the server yet: %1</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviews due</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows refused: nothing can be imported until they are corrected in the old system's export.</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions are planned</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n things to fix before submitting - marked ! in the sections and shown under each question (Enter on one goes there).</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a record the server refused</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks left</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n drafts of yours to finish</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n minutes (service policy)</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n new records from %1?

Everything is imported or nothing. Laptops receive the records on their next sync.</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TAMPERING DETECTED in %n places of %1 events:</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit chain is intact (%n events checked).</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit trail: %n entries of who opened what</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The sync service is busy signing other people in. Trying again in %n seconds…</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n characters</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>for %n practitioners.</source>
            <comment>plural</comment>
            <extracomment>Every plural form of the language (%n is the count).</extracomment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
</TS>
