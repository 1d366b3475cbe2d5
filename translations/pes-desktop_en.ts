<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="20" />
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="22" />
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="23" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="36" />
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="43" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="48" />
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="49" />
        <source>Attach a file to this record</source>
        <translation>Attach a file to this record</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="73" />
        <source>(arrives with the next sync)</source>
        <translation>(arrives with the next sync)</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="74" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="78" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="79" />
        <source>Remove %1 from this record</source>
        <translation>Remove %1 from this record</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../qml/BackupDialog.qml" line="17" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="41" />
        <source>Back up the replica</source>
        <translation>Back up the replica</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="44" />
        <location filename="../qml/BackupDialog.qml" line="51" />
        <source>PES backups (*.pesbackup)</source>
        <translation>PES backups (*.pesbackup)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="44" />
        <location filename="../qml/BackupDialog.qml" line="51" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="50" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="60" />
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="65" />
        <source>The replica will be replaced by the backup “%1”. Changes made since that backup will no longer be in the replica; the replica as it is now is kept as an automatic backup first.</source>
        <translation>The replica will be replaced by the backup “%1”. Changes made since that backup will no longer be in the replica; the replica as it is now is kept as an automatic backup first.</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="77" />
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="82" />
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="101" />
        <source>Automatic backups (before imports and upgrades)</source>
        <translation>Automatic backups (before imports and upgrades)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="110" />
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="118" />
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 MB)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="124" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="133" />
        <source>No automatic backup yet</source>
        <translation>No automatic backup yet</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../qml/BundleDialog.qml" line="39" />
        <location filename="../qml/BundleDialog.qml" line="66" />
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="42" />
        <location filename="../qml/BundleDialog.qml" line="53" />
        <source>PES bundles (*.pesbundle)</source>
        <translation>PES bundles (*.pesbundle)</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="52" />
        <location filename="../qml/BundleDialog.qml" line="66" />
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="53" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="79" />
        <source>A bundle carries the changes this device has not sent to the hub yet. Import it on a device of the same network that syncs: it sends them to the hub, exactly once.</source>
        <translation>A bundle carries the changes this device has not sent to the hub yet. Import it on a device of the same network that syncs: it sends them to the hub, exactly once.</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="84" />
        <source>Only changes made since the last bundle</source>
        <translation>Only changes made since the last bundle</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="88" />
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="99" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="99" />
        <source>Checking and importing the bundle…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="23" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="24" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="25" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="26" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="27" />
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="28" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="29" />
        <source>Social network account</source>
        <translation>Social network account</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="30" />
        <source>RSS feed</source>
        <translation>RSS feed</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="31" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="32" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="33" />
        <source>Members only</source>
        <translation>Members only</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="34" />
        <source>Administrators only</source>
        <translation>Administrators only</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="35" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="36" />
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="37" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="38" />
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="39" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="40" />
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="41" />
        <source>Regular supplier of</source>
        <translation>Regular supplier of</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="42" />
        <source>Occasional supplier of</source>
        <translation>Occasional supplier of</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="43" />
        <source>Received technical support from</source>
        <translation>Received technical support from</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="44" />
        <source>Received financial support from</source>
        <translation>Received financial support from</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="45" />
        <source>I offer</source>
        <translation>I offer</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="46" />
        <source>I am looking for</source>
        <translation>I am looking for</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="47" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="48" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="49" />
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="50" />
        <source>Premises</source>
        <translation>Premises</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="51" />
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="52" />
        <source>Group purchase</source>
        <translation>Group purchase</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="53" />
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="54" />
        <source>Call for tenders</source>
        <translation>Call for tenders</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="55" />
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="56" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="57" />
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="58" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="59" />
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="60" />
        <source>Shared cost</source>
        <translation>Shared cost</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="61" />
        <source>Voluntary work</source>
        <translation>Voluntary work</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="62" />
        <source>Alternative currency</source>
        <translation>Alternative currency</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="63" />
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="64" />
        <source>Civic engagement</source>
        <translation>Civic engagement</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="65" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="66" />
        <source>Lending</source>
        <translation>Lending</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="67" />
        <source>Renting</source>
        <translation>Renting</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="68" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="69" />
        <source>Ready to publish</source>
        <translation>Ready to publish</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="70" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="71" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="72" />
        <source>Shared with the networks</source>
        <translation>Shared with the networks</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="73" />
        <source>This network only</source>
        <translation>This network only</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="16" />
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="46" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="52" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="59" />
        <source>No conflicts to settle</source>
        <translation>No conflicts to settle</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="82" />
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="84" />
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="84" />
        <source>Theirs (from a bundle)</source>
        <translation>Theirs (from a bundle)</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="87" />
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="89" />
        <location filename="../qml/ConflictsDialog.qml" line="95" />
        <location filename="../qml/ConflictsDialog.qml" line="101" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="108" />
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="112" />
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="122" />
        <source>Or type a new value</source>
        <translation>Or type a new value</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="126" />
        <source>Use this value</source>
        <translation>Use this value</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../qml/DatePicker.qml" line="48" />
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../qml/DatePicker.qml" line="60" />
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../qml/DatePicker.qml" line="90" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="14" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="15" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="16" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="17" />
        <source>Base IRI</source>
        <translation>Base IRI</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="18" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="19" />
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="20" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="21" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="22" />
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="23" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="24" />
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="25" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="26" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="27" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="28" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="29" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="30" />
        <source>Founding date</source>
        <translation>Founding date</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="31" />
        <source>Member of the network</source>
        <translation>Member of the network</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="32" />
        <source>Membership date</source>
        <translation>Membership date</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="33" />
        <source>Action area</source>
        <translation>Action area</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="34" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="35" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="36" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="37" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="38" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="39" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="40" />
        <source>Contact point</source>
        <translation>Contact point</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="41" />
        <source>Contact points</source>
        <translation>Contact points</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="42" />
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="43" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="44" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="45" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="46" />
        <source>Display level</source>
        <translation>Display level</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="47" />
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="48" />
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="49" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="50" />
        <source>Role detail</source>
        <translation>Role detail</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="51" />
        <source>Administers the organisation</source>
        <translation>Administers the organisation</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="52" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="53" />
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="54" />
        <source>Related organisation</source>
        <translation>Related organisation</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="55" />
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="56" />
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="57" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="58" />
        <source>Offer or need</source>
        <translation>Offer or need</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="59" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="60" />
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="61" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="62" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="63" />
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="64" />
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="65" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="66" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="67" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="68" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="69" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="70" />
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="71" />
        <source>Job offer</source>
        <translation>Job offer</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="72" />
        <source>Job offers</source>
        <translation>Job offers</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="73" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="74" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="75" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="76" />
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="77" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="78" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="79" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="80" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="81" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="82" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="83" />
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="84" />
        <source>SKOS concept</source>
        <translation>SKOS concept</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="85" />
        <source>Concept scheme</source>
        <translation>Concept scheme</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="86" />
        <source>Broader tag</source>
        <translation>Broader tag</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="87" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="88" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="89" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="90" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="91" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="92" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/FieldEditor.qml" line="23" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="24" />
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="25" />
        <source>contact@example.org</source>
        <translation>contact@example.org</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="26" />
        <source>04 91 12 34 56</source>
        <translation>04 91 12 34 56</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="27" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="28" />
        <source>13001</source>
        <translation>13001</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="29" />
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="30" />
        <source>43.2965</source>
        <translation>43.2965</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="31" />
        <source>5.3698</source>
        <translation>5.3698</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="96" />
        <source>Place on the map…</source>
        <translation>Place on the map…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="104" />
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="105" />
        <source>Choose %1 on a calendar</source>
        <translation>Choose %1 on a calendar</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="160" />
        <location filename="../qml/FieldEditor.qml" line="196" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="200" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="202" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="206" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="208" />
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="212" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="215" />
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../qml/FilterBar.qml" line="45" />
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="46" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="56" />
        <source>Offers or needs</source>
        <translation>Offers or needs</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="57" />
        <source>Offers and needs</source>
        <translation>Offers and needs</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="64" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="67" />
        <location filename="../qml/FilterBar.qml" line="77" />
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="84" />
        <location filename="../qml/FilterBar.qml" line="85" />
        <source>Town or postcode</source>
        <translation>Town or postcode</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="93" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="94" />
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="95" />
        <source>Network: %1</source>
        <translation>Network: %1</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="102" />
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="103" />
        <source>Any visibility</source>
        <translation>Any visibility</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="114" />
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="118" />
        <source>Sort: best match</source>
        <translation>Sort: best match</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="119" />
        <source>Sort: name A to Z</source>
        <translation>Sort: name A to Z</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="120" />
        <source>Sort: name Z to A</source>
        <translation>Sort: name Z to A</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="121" />
        <source>Sort: recently changed</source>
        <translation>Sort: recently changed</translation>
    </message>
</context>
<context>
    <name>GeocodingDialog</name>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="17" />
        <source>Locate records from their address</source>
        <translation>Locate records from their address</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="39" />
        <source>Every record with an address already has coordinates.</source>
        <translation>Every record with an address already has coordinates.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="40" />
        <source>%1 record(s) have a town or postcode but no coordinates.</source>
        <translation>%1 record(s) have a town or postcode but no coordinates.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="46" />
        <source>Their addresses will be sent to %1. Matches the service is unsure of are listed below and not written.</source>
        <translation>Their addresses will be sent to %1. Matches the service is unsure of are listed below and not written.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="60" />
        <source>%1 of %2 — %3</source>
        <translation>%1 of %2 — %3</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="89" />
        <source>Locate</source>
        <translation>Locate</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="96" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="101" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../qml/ImportWizard.qml" line="19" />
        <source>Import an Access file</source>
        <translation>Import an Access file</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="36" />
        <source>Choose an Access file</source>
        <translation>Choose an Access file</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="37" />
        <source>Access files (*.mdb *.accdb)</source>
        <translation>Access files (*.mdb *.accdb)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="37" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="42" />
        <source>Load a mapping</source>
        <translation>Load a mapping</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="43" />
        <location filename="../qml/ImportWizard.qml" line="51" />
        <source>Mappings (*.json)</source>
        <translation>Mappings (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="48" />
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="56" />
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="59" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="68" />
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="69" />
        <source>2. Tables</source>
        <translation>2. Tables</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="70" />
        <source>3. Mapping</source>
        <translation>3. Mapping</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="71" />
        <source>4. Import</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="72" />
        <source>5. Summary</source>
        <translation>5. Summary</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="87" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="104" />
        <source>Choose the Access file (.mdb or .accdb) to import. It is read in a separate process and never modified.</source>
        <translation>Choose the Access file (.mdb or .accdb) to import. It is read in a separate process and never modified.</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="108" />
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="117" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="137" />
        <source>%1 (%n row(s))</source>
        <translation><numerusform>%1 (%n row)</numerusform><numerusform>%1 (%n rows)</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="179" />
        <source>Load a mapping…</source>
        <translation>Load a mapping…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="180" />
        <source>Save the mapping…</source>
        <translation>Save the mapping…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="204" />
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="220" />
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="222" />
        <source>Field for %1</source>
        <translation>Field for %1</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="228" />
        <source>contact point: %1</source>
        <translation>contact point: %1</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="243" />
        <source>A dry run converts everything and reports what the import would do, without changing the replica. The import takes an automatic backup first, and can be run again: rows already imported are updated, never duplicated.</source>
        <translation>A dry run converts everything and reports what the import would do, without changing the replica. The import takes an automatic backup first, and can be run again: rows already imported are updated, never duplicated.</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="247" />
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="252" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="270" />
        <source>Dry run: nothing was written</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="271" />
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="274" />
        <source>%1 rows: %2 created, %3 updated, %4 unchanged, %5 linked, %6 rejected</source>
        <translation>%1 rows: %2 created, %3 updated, %4 unchanged, %5 linked, %6 rejected</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="281" />
        <source>%n file(s) attached to the records</source>
        <translation><numerusform>%n file attached to the records</numerusform><numerusform>%n files attached to the records</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="286" />
        <source>Backup taken before the import: %1</source>
        <translation>Backup taken before the import: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="291" />
        <source>%n value(s) or row(s) rejected</source>
        <translation><numerusform>%n value or row rejected</numerusform><numerusform>%n values or rows rejected</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="293" />
        <source>Save the rejected rows…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="308" />
        <source>%1, row %2, %3: “%4” — %5</source>
        <translation>%1, row %2, %3: “%4” — %5</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="309" />
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../qml/LocationPicker.qml" line="22" />
        <source>Place on the map</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="35" />
        <source>This computer has no position source (no GPS or location service).</source>
        <translation>This computer has no position source (no GPS or location service).</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="41" />
        <source>Waiting for a position…</source>
        <translation>Waiting for a position…</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="63" />
        <source>Placed at your position, to within %1 m.</source>
        <translation>Placed at your position, to within %1 m.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="64" />
        <source>Placed at your position.</source>
        <translation>Placed at your position.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="70" />
        <source>This application may not read your position: allow it in the system settings.</source>
        <translation>This application may not read your position: allow it in the system settings.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="72" />
        <location filename="../qml/LocationPicker.qml" line="80" />
        <source>No position came in time; try again outdoors or place the pin by hand.</source>
        <translation>No position came in time; try again outdoors or place the pin by hand.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="73" />
        <source>The position source failed; place the pin by hand.</source>
        <translation>The position source failed; place the pin by hand.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="112" />
        <source>Latitude %1, longitude %2. Click elsewhere or drag the pin to move it.</source>
        <translation>Latitude %1, longitude %2. Click elsewhere or drag the pin to move it.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="114" />
        <source>Click on the map where the record is.</source>
        <translation>Click on the map where the record is.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="120" />
        <source>Use my position</source>
        <translation>Use my position</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Job offers</source>
        <translation>Job offers</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34" />
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="35" />
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="38" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="46" />
        <source>PES Desktop — %1</source>
        <translation>PES Desktop — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="46" />
        <location filename="../qml/Main.qml" line="115" />
        <source>PES Desktop</source>
        <translation>PES Desktop</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="124" />
        <source>Search (Ctrl+F): name, town, tag…</source>
        <translation>Search (Ctrl+F): name, town, tag…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="126" />
        <source>Searches as you type in the current view</source>
        <translation>Searches as you type in the current view</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="131" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="133" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="135" />
        <source>Create a %1 (Ctrl+N)</source>
        <translation>Create a %1 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="141" />
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147" />
        <source>Redo the change undone last</source>
        <translation>Redo the change undone last</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="154" />
        <source>Import an Access file</source>
        <translation>Import an Access file</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="158" />
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="160" />
        <source>Back up or restore the replica</source>
        <translation>Back up or restore the replica</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="164" />
        <source>Locate…</source>
        <translation>Locate…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="166" />
        <location filename="../qml/Main.qml" line="168" />
        <source>Locate records with an address but no coordinates…</source>
        <translation>Locate records with an address but no coordinates…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="173" />
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="175" />
        <source>Exchange bundles with a device that has no connection</source>
        <translation>Exchange bundles with a device that has no connection</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="181" />
        <source>Export a bundle…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="185" />
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="191" />
        <location filename="../qml/Main.qml" line="192" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="182" />
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="202" />
        <source>%n record(s) on the map</source>
        <translation><numerusform>%n record on the map</numerusform><numerusform>%n records on the map</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="206" />
        <source>No tile source configured: markers are shown on a plain background.</source>
        <translation>No tile source configured: markers are shown on a plain background.</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="218" />
        <source>Tile source…</source>
        <translation>Tile source…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="223" />
        <source>Make this area available offline…</source>
        <translation>Make this area available offline…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="229" />
        <source>Offline areas…</source>
        <translation>Offline areas…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="241" />
        <source>Download of the offline area</source>
        <translation>Download of the offline area</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="245" />
        <source>%1: %2 of %3 tiles, %4</source>
        <translation>%1: %2 of %3 tiles, %4</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="252" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="259" />
        <source>%n tile(s) could not be downloaded; use Resume in “Offline areas” to try again.</source>
        <translation><numerusform>%n tile could not be downloaded; use Resume in “Offline areas” to try again.</numerusform><numerusform>%n tiles could not be downloaded; use Resume in “Offline areas” to try again.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="299" />
        <source>Map tile source</source>
        <translation>Map tile source</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="324" />
        <source>Use your network's tile server or a provider whose terms allow it. The OpenStreetMap Foundation's own tile servers must not be used for bulk or offline downloads.</source>
        <translation>Use your network's tile server or a provider whose terms allow it. The OpenStreetMap Foundation's own tile servers must not be used for bulk or offline downloads.</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="328" />
        <location filename="../qml/MapPage.qml" line="333" />
        <source>URL template</source>
        <translation>URL template</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="335" />
        <location filename="../qml/MapPage.qml" line="339" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="341" />
        <source>Minimum zoom</source>
        <translation>Minimum zoom</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="343" />
        <source>Maximum zoom</source>
        <translation>Maximum zoom</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../qml/NavigationPane.qml" line="23" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="17" />
        <source>Needs that match your network</source>
        <translation>Needs that match your network</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="37" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="63" />
        <source>Matches “%1”: same tag “%2”.</source>
        <translation>Matches “%1”: same tag “%2”.</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="64" />
        <source>Matches the offer “%1”: same kind of exchange in %2.</source>
        <translation>Matches the offer “%1”: same kind of exchange in %2.</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="68" />
        <source>Published by %1</source>
        <translation>Published by %1</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="74" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="75" />
        <source>Open the need “%1”</source>
        <translation>Open the need “%1”</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="84" />
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="92" />
        <source>No new need matches your network</source>
        <translation>No new need matches your network</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="105" />
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>OfflineAreaDialog</name>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="23" />
        <source>Make this area available offline</source>
        <translation>Make this area available offline</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="49" />
        <source>The tiles of the area shown on the map are kept on this computer, so the map works with no connection. Download only what you need: tile servers are shared.</source>
        <translation>The tiles of the area shown on the map are kept on this computer, so the map works with no connection. Download only what you need: tile servers are shared.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="53" />
        <location filename="../qml/OfflineAreaDialog.qml" line="58" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="57" />
        <source>e.g. Marseille and around</source>
        <translation>e.g. Marseille and around</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="60" />
        <location filename="../qml/OfflineAreaDialog.qml" line="65" />
        <source>From zoom</source>
        <translation>From zoom</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="67" />
        <location filename="../qml/OfflineAreaDialog.qml" line="72" />
        <source>To zoom</source>
        <translation>To zoom</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/OfflineAreaDialog.qml" line="81" />
        <source>%n tile(s), about %1 to download.</source>
        <translation><numerusform>%n tile, about %1 to download.</numerusform><numerusform>%n tiles, about %1 to download.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="88" />
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="93" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfflineAreasDialog</name>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="16" />
        <source>Offline areas</source>
        <translation>Offline areas</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="28" />
        <source>No offline area yet. Show the area on the map, then use “Make this area available offline…”.</source>
        <translation>No offline area yet. Show the area on the map, then use “Make this area available offline…”.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="51" />
        <source>Zoom %1 to %2 · %3 of %4 tiles · %5</source>
        <translation>Zoom %1 to %2 · %3 of %4 tiles · %5</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="58" />
        <source>From another tile source: not shown on the map.</source>
        <translation>From another tile source: not shown on the map.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="63" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="69" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="71" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="25" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="25" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <location filename="../qml/RecordListPane.qml" line="60" />
        <source>Type a second letter to search</source>
        <translation>Type a second letter to search</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordListPane.qml" line="61" />
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="62" />
        <source>%1 records or more — counting…</source>
        <translation>%1 records or more — counting…</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="63" />
        <source> — searching…</source>
        <translation> — searching…</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="77" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="96" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="119" />
        <source>Nothing matches “%1”</source>
        <translation>Nothing matches “%1”</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="119" />
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../qml/RecordPage.qml" line="31" />
        <source>Choose a record in the list, or create one with Ctrl+N</source>
        <translation>Choose a record in the list, or create one with Ctrl+N</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="52" />
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="64" />
        <source>%1 — not saved yet</source>
        <translation>%1 — not saved yet</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="66" />
        <source>%1 — created %2, changed %3 (version %4)</source>
        <translation>%1 — created %2, changed %3 (version %4)</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="80" />
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="90" />
        <source>This record is in the trash.</source>
        <translation>This record is in the trash.</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="107" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="110" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="114" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="119" />
        <source>Mark ready to publish</source>
        <translation>Mark ready to publish</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="128" />
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="134" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="136" />
        <source>Restore from the trash</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="165" />
        <source>Address and coordinates</source>
        <translation>Address and coordinates</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="173" />
        <source>Locating…</source>
        <translation>Locating…</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="173" />
        <location filename="../qml/RecordPage.qml" line="176" />
        <source>Locate from address</source>
        <translation>Locate from address</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="178" />
        <source>Save the record first</source>
        <translation>Save the record first</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="179" />
        <source>Enter a town or postcode first</source>
        <translation>Enter a town or postcode first</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="180" />
        <source>Ask %1 for the coordinates of this address</source>
        <translation>Ask %1 for the coordinates of this address</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="223" />
        <source>Contact points</source>
        <translation>Contact points</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="234" />
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="245" />
        <source>Relations to other organisations</source>
        <translation>Relations to other organisations</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="256" />
        <source>Organisations related to this one</source>
        <translation>Organisations related to this one</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../qml/ReferencePicker.qml" line="37" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/ReferencePicker.qml" line="38" />
        <source>Search for the record to choose</source>
        <translation>Search for the record to choose</translation>
    </message>
</context>
<context>
    <name>RelatedRecords</name>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="31" />
        <source>, administrator</source>
        <translation>, administrator</translation>
    </message>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="58" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="59" />
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="18" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="47" />
        <location filename="../qml/SettingsDialog.qml" line="52" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="53" />
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="59" />
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="65" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="75" />
        <source>Regional hub</source>
        <translation>Regional hub</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="78" />
        <location filename="../qml/SettingsDialog.qml" line="85" />
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="87" />
        <location filename="../qml/SettingsDialog.qml" line="96" />
        <source>Device token</source>
        <translation>Device token</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="94" />
        <source>Saved; type a new token to replace it</source>
        <translation>Saved; type a new token to replace it</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="95" />
        <source>Given by the hub's administrator</source>
        <translation>Given by the hub's administrator</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="102" />
        <source>Save hub settings</source>
        <translation>Save hub settings</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="108" />
        <source>Saved. A sync starts now.</source>
        <translation>Saved. A sync starts now.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="113" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="116" />
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="134" />
        <source>Sync automatically, every</source>
        <translation>Sync automatically, every</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="145" />
        <source>Minutes between automatic syncs</source>
        <translation>Minutes between automatic syncs</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="148" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="155" />
        <source>This device syncs only when you click “Sync now”, even when the network comes back: useful on a metered connection.</source>
        <translation>This device syncs only when you click “Sync now”, even when the network comes back: useful on a metered connection.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="172" />
        <source>Geocoding</source>
        <translation>Geocoding</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="175" />
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="182" />
        <source>Geocoding service address</source>
        <translation>Geocoding service address</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="185" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="196" />
        <source>A service speaking the API of the French national address base (BAN). Addresses are sent to it only when you ask to locate records.</source>
        <translation>A service speaking the API of the French national address base (BAN). Addresses are sent to it only when you ask to locate records.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../qml/StatusArea.qml" line="26" />
        <source>%1 change(s) not yet synced</source>
        <translation>%1 change(s) not yet synced</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="27" />
        <source>No replica open</source>
        <translation>No replica open</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="33" />
        <source>Replica: %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="46" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="52" />
        <source>Network: %1</source>
        <translation>Network: %1</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="26" />
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="33" />
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="40" />
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="41" />
        <source>Show the sync conflicts</source>
        <translation>Show the sync conflicts</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="46" />
        <source>%n matching need(s)…</source>
        <translation><numerusform>%n matching need…</numerusform><numerusform>%n matching needs…</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="47" />
        <source>Show the needs from other networks that match yours</source>
        <translation>Show the needs from other networks that match yours</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="51" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../qml/UnsavedChangesDialog.qml" line="13" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../qml/UnsavedChangesDialog.qml" line="22" />
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="99" />
        <source>%1 is not a valid %2 for “%3”: %4</source>
        <translation>%1 is not a valid %2 for “%3”: %4</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="100" />
        <source>expected a number of degrees, such as 43.2965</source>
        <translation>expected a number of degrees, such as 43.2965</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="101" />
        <source>must lie between -%1 and %1 degrees</source>
        <translation>must lie between -%1 and %1 degrees</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="102" />
        <source>expected one of: %1</source>
        <translation>expected one of: %1</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="103" />
        <source>expected the IRI of a record</source>
        <translation>expected the IRI of a record</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="104" />
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="105" />
        <source>expected a decimal number such as 12.50</source>
        <translation>expected a decimal number such as 12.50</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="106" />
        <source>expected yes or no</source>
        <translation>expected yes or no</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="107" />
        <source>expected a date written YYYY-MM-DD</source>
        <translation>expected a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="108" />
        <source>expected a date and time written YYYY-MM-DDTHH:MM</source>
        <translation>expected a date and time written YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="109" />
        <source>expected an address such as contact@example.org</source>
        <translation>expected an address such as contact@example.org</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="110" />
        <source>expected a French number of 10 digits such as 04 91 12 34 56, or an international number starting with +</source>
        <translation>expected a French number of 10 digits such as 04 91 12 34 56, or an international number starting with +</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="112" />
        <source>expected a web address starting with https://</source>
        <translation>expected a web address starting with https://</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="113" />
        <source>expected 5 digits such as 13001</source>
        <translation>expected 5 digits such as 13001</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="114" />
        <source>a SIRET has 14 digits</source>
        <translation>a SIRET has 14 digits</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="115" />
        <source>the check digit does not match (Luhn); check for a typing error</source>
        <translation>the check digit does not match (Luhn); check for a typing error</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="117" />
        <source>%1 has no field “%2”; its fields are: %3</source>
        <translation>%1 has no field “%2”; its fields are: %3</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="118" />
        <source>a %1 needs a value for “%2”</source>
        <translation>a %1 needs a value for “%2”</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="119" />
        <source>expected a JSON array of attachments</source>
        <translation>expected a JSON array of attachments</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="120" />
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="19" />
        <source>Welcome to PES Desktop</source>
        <translation>Welcome to PES Desktop</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="26" />
        <source>No replica is open. A replica is the file on this computer that holds your network's directory and exchanges; it works without a connection.</source>
        <translation>No replica is open. A replica is the file on this computer that holds your network's directory and exchanges; it works without a connection.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="32" />
        <location filename="../qml/WelcomePage.qml" line="33" />
        <source>Path of the replica file</source>
        <translation>Path of the replica file</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="37" />
        <source>Open this replica</source>
        <translation>Open this replica</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="42" />
        <source>Or create a new replica at this path</source>
        <translation>Or create a new replica at this path</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="49" />
        <source>Network name, e.g. APEAS</source>
        <translation>Network name, e.g. APEAS</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="50" />
        <source>Network name</source>
        <translation>Network name</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="55" />
        <source>Network address, e.g. https://reseau.example.org</source>
        <translation>Network address, e.g. https://reseau.example.org</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="56" />
        <source>Network address</source>
        <translation>Network address</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="60" />
        <source>Fill it with demo data (500 organisations)</source>
        <translation>Fill it with demo data (500 organisations)</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="63" />
        <source>Create the replica</source>
        <translation>Create the replica</translation>
    </message>
</context>
<context>
    <name>pes::desktop::AttachmentListModel</name>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="87" />
        <source>No record is open</source>
        <translation>No record is open</translation>
    </message>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="122" />
        <source>This file is not on this computer yet; it arrives with the next sync</source>
        <translation>This file is not on this computer yet; it arrives with the next sync</translation>
    </message>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="135" />
        <source>Could not copy the file to %1</source>
        <translation>Could not copy the file to %1</translation>
    </message>
</context>
<context>
    <name>pes::desktop::BackupController</name>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="75" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="92" />
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="103" />
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="112" />
        <source>Closing the replica…</source>
        <translation>Closing the replica…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="129" />
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="155" />
        <source>Restored the backup of %1. The replica it replaced is kept as %2.</source>
        <translation>Restored the backup of %1. The replica it replaced is kept as %2.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::BundleController</name>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="71" />
        <location filename="../qml/bundlecontroller.cpp" line="111" />
        <source>Open a replica first.</source>
        <translation>Open a replica first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="87" />
        <source>Wrote %1: %n change(s)</source>
        <translation><numerusform>Wrote %1: %n change</numerusform><numerusform>Wrote %1: %n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="89" />
        <source>on %n record(s).</source>
        <translation><numerusform>on %n record.</numerusform><numerusform>on %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="92" />
        <source>%n attached file(s) included.</source>
        <translation><numerusform>%n attached file included.</numerusform><numerusform>%n attached files included.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="94" />
        <source>%n change(s) to drafts stay on this device.</source>
        <translation><numerusform>%n change to drafts stays on this device.</numerusform><numerusform>%n changes to drafts stay on this device.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="97" />
        <source>Take the file to a device of the network that syncs with the hub and import it there. These changes also stay here, and the hub will recognise them when this device syncs.</source>
        <translation>Take the file to a device of the network that syncs with the hub and import it there. These changes also stay here, and the hub will recognise them when this device syncs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="125" />
        <source>%n change(s) in the bundle:</source>
        <translation><numerusform>%n change in the bundle:</numerusform><numerusform>%n changes in the bundle:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="126" />
        <source>%n applied, to be sent to the hub at the next sync</source>
        <translation><numerusform>%n applied, to be sent to the hub at the next sync</numerusform><numerusform>%n applied, to be sent to the hub at the next sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="128" />
        <source>%n already known here</source>
        <translation><numerusform>%n already known here</numerusform><numerusform>%n already known here</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="130" />
        <source>%n waiting for a conflict to be settled</source>
        <translation><numerusform>%n waiting for a conflict to be settled</numerusform><numerusform>%n waiting for a conflict to be settled</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="132" />
        <source>%n conflict(s) to settle in the sync conflicts</source>
        <translation><numerusform>%n conflict to settle in the sync conflicts</numerusform><numerusform>%n conflicts to settle in the sync conflicts</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="135" />
        <source>Records: %1 created, %2 updated.</source>
        <translation>Records: %1 created, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="137" />
        <source>%n attached file(s) received.</source>
        <translation><numerusform>%n attached file received.</numerusform><numerusform>%n attached files received.</numerusform></translation>
    </message>
</context>
<context>
    <name>pes::desktop::ConflictListModel</name>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="120" />
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ConnectionSettings</name>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="96" />
        <location filename="../qml/connectionsettings.cpp" line="120" />
        <source>Open a replica first: the hub is set for each replica.</source>
        <translation>Open a replica first: the hub is set for each replica.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="101" />
        <source>Enter this device's token, given by the hub's administrator.</source>
        <translation>Enter this device's token, given by the hub's administrator.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="124" />
        <source>Choose an interval of 1 to %1 minutes between automatic syncs.</source>
        <translation>Choose an interval of 1 to %1 minutes between automatic syncs.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="148" />
        <source>“%1” is not a hub address: expected http(s)://host:port</source>
        <translation>“%1” is not a hub address: expected http(s)://host:port</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="153" />
        <source>Enter this device's token to test the connection.</source>
        <translation>Enter this device's token to test the connection.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="167" />
        <source>Connected: the hub knows this device as “%1” in the network %2.</source>
        <translation>Connected: the hub knows this device as “%1” in the network %2.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="170" />
        <source>The server answered, but not as a PES hub does.</source>
        <translation>The server answered, but not as a PES hub does.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::GeocodingTask</name>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="22" />
        <source>%1: located at “%2”</source>
        <translation>%1: located at “%2”</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="24" />
        <source>%1: uncertain, the best match “%2” scored %3</source>
        <translation>%1: uncertain, the best match “%2” scored %3</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="28" />
        <source>%1: address not found (%2)</source>
        <translation>%1: address not found (%2)</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="30" />
        <source>%1: no town or postcode to look for</source>
        <translation>%1: no town or postcode to look for</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="32" />
        <source>%1: failed: %2</source>
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="89" />
        <source>No record with an address is missing its coordinates.</source>
        <translation>No record with an address is missing its coordinates.</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="93" />
        <source>%1 located, %2 uncertain, %3 not found, %4 failed%5.</source>
        <translation>%1 located, %2 uncertain, %3 not found, %4 failed%5.</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="99" />
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="201" />
        <source>No replica is open</source>
        <translation>No replica is open</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ImportWizardController</name>
    <message>
        <location filename="../qml/importwizardcontroller.cpp" line="308" />
        <source>Open a replica and choose an Access file first.</source>
        <translation>Open a replica and choose an Access file first.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::OfflineAreas</name>
    <message>
        <location filename="../qml/map/offlineareas.cpp" line="151" />
        <source>%1 tiles is more than the %2 allowed at once: choose a smaller rectangle or a lower maximum zoom.</source>
        <translation>%1 tiles is more than the %2 allowed at once: choose a smaller rectangle or a lower maximum zoom.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::RecordEditor</name>
    <message>
        <location filename="../qml/recordeditor.cpp" line="88" />
        <source>No replica is open</source>
        <translation>No replica is open</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="105" />
        <source>Unknown kind of record: %1</source>
        <translation>Unknown kind of record: %1</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="158" />
        <source>This field is required</source>
        <translation>This field is required</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="209" />
        <source>Some fields need correcting before saving</source>
        <translation>Some fields need correcting before saving</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="257" />
        <source>Changed elsewhere while you were editing (a sync or another window): %1. Your values are still in the form: save again to keep them, or discard your changes to see the new ones.</source>
        <translation>Changed elsewhere while you were editing (a sync or another window): %1. Your values are still in the form: save again to keep them, or discard your changes to see the new ones.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ReplicaSession</name>
    <message>
        <location filename="../qml/replicasession.cpp" line="17" />
        <source>No hub configured: working offline</source>
        <translation>No hub configured: working offline</translation>
    </message>
</context>
<context>
    <name>pes::desktop::SyncStatus</name>
    <message>
        <location filename="../qml/syncstatus.cpp" line="198" />
        <source>this computer is offline; changes are kept and will be sent when the network is back</source>
        <translation>this computer is offline; changes are kept and will be sent when the network is back</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="201" />
        <source>the hub cannot be reached; changes are kept and will be sent later</source>
        <translation>the hub cannot be reached; changes are kept and will be sent later</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="203" />
        <source>the hub refused this device's token; ask the hub's administrator for a new one and enter it in Settings</source>
        <translation>the hub refused this device's token; ask the hub's administrator for a new one and enter it in Settings</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="206" />
        <source>the hub's certificate is not trusted; check the hub's address in Settings</source>
        <translation>the hub's certificate is not trusted; check the hub's address in Settings</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="208" />
        <source>the hub refused a request; the details are in the tooltip</source>
        <translation>the hub refused a request; the details are in the tooltip</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="210" />
        <source>the hub had a problem; the sync will be tried again</source>
        <translation>the hub had a problem; the sync will be tried again</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="212" />
        <source>this replica could not be updated; the details are in the tooltip</source>
        <translation>this replica could not be updated; the details are in the tooltip</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="214" />
        <source>the hub settings are incomplete; see Settings</source>
        <translation>the hub settings are incomplete; see Settings</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="216" />
        <source>the sync was stopped; changes are kept</source>
        <translation>the sync was stopped; changes are kept</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="223" />
        <source>No hub configured: working offline</source>
        <translation>No hub configured: working offline</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="225" />
        <source>Syncing with the hub…</source>
        <translation>Syncing with the hub…</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="228" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="231" />
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="234" />
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/syncstatus.cpp" line="236" />
        <source>%n change(s) to send</source>
        <translation><numerusform>%n change to send</numerusform><numerusform>%n changes to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/syncstatus.cpp" line="238" />
        <source>%n conflict(s) to settle</source>
        <translation><numerusform>%n conflict to settle</numerusform><numerusform>%n conflicts to settle</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="240" />
        <source>automatic sync off</source>
        <translation>automatic sync off</translation>
    </message>
</context>
</TS>