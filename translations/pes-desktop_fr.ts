<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../qml/AttachmentList.qml" line="20" />
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="22" />
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="23" />
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="36" />
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="43" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="48" />
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="49" />
        <source>Attach a file to this record</source>
        <translation>Joindre un fichier à cette fiche</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="73" />
        <source>(arrives with the next sync)</source>
        <translation>(arrivera avec la prochaine synchronisation)</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="74" />
        <source>Open %1</source>
        <translation>Ouvrir : %1</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="78" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../qml/AttachmentList.qml" line="79" />
        <source>Remove %1 from this record</source>
        <translation>Retirer %1 de cette fiche</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../qml/BackupDialog.qml" line="17" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="41" />
        <source>Back up the replica</source>
        <translation>Sauvegarder la réplique</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="44" />
        <location filename="../qml/BackupDialog.qml" line="51" />
        <source>PES backups (*.pesbackup)</source>
        <translation>Sauvegardes PES (*.pesbackup)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="44" />
        <location filename="../qml/BackupDialog.qml" line="51" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="50" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="60" />
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="65" />
        <source>The replica will be replaced by the backup “%1”. Changes made since that backup will no longer be in the replica; the replica as it is now is kept as an automatic backup first.</source>
        <translation>La réplique sera remplacée par la sauvegarde « %1 ». Les modifications faites depuis cette sauvegarde n'y seront plus ; la réplique telle qu'elle est maintenant est d'abord gardée en sauvegarde automatique.</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="77" />
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="82" />
        <source>Restore from a file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="101" />
        <source>Automatic backups (before imports and upgrades)</source>
        <translation>Sauvegardes automatiques (avant les imports et les mises à niveau)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="110" />
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="118" />
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 Mo)</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="124" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../qml/BackupDialog.qml" line="133" />
        <source>No automatic backup yet</source>
        <translation>Pas encore de sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../qml/BundleDialog.qml" line="39" />
        <location filename="../qml/BundleDialog.qml" line="66" />
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="42" />
        <location filename="../qml/BundleDialog.qml" line="53" />
        <source>PES bundles (*.pesbundle)</source>
        <translation>Paquets PES (*.pesbundle)</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="52" />
        <location filename="../qml/BundleDialog.qml" line="66" />
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="53" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="79" />
        <source>A bundle carries the changes this device has not sent to the hub yet. Import it on a device of the same network that syncs: it sends them to the hub, exactly once.</source>
        <translation>Un paquet emporte les modifications que cet appareil n'a pas encore envoyées à la plateforme. Importez-le sur un appareil du même réseau qui se synchronise : il les envoie à la plateforme, une seule fois.</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="84" />
        <source>Only changes made since the last bundle</source>
        <translation>Seulement les modifications faites depuis le dernier paquet</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="88" />
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="99" />
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../qml/BundleDialog.qml" line="99" />
        <source>Checking and importing the bundle…</source>
        <translation>Vérification et import du paquet…</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="23" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="24" />
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="25" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="26" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="27" />
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="28" />
        <source>Chat</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="29" />
        <source>Social network account</source>
        <translation>Compte de réseau social</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="30" />
        <source>RSS feed</source>
        <translation>Flux RSS</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="31" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="32" />
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="33" />
        <source>Members only</source>
        <translation>Adhérents seulement</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="34" />
        <source>Administrators only</source>
        <translation>Administrateurs seulement</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="35" />
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="36" />
        <source>Employee</source>
        <translation>Salarié·e</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="37" />
        <source>Partner</source>
        <translation>Associé·e</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="38" />
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="39" />
        <source>User</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="40" />
        <source>Member of</source>
        <translation>Adhérent de</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="41" />
        <source>Regular supplier of</source>
        <translation>Fournisseur régulier de</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="42" />
        <source>Occasional supplier of</source>
        <translation>Fournisseur occasionnel de</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="43" />
        <source>Received technical support from</source>
        <translation>A reçu un appui technique de</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="44" />
        <source>Received financial support from</source>
        <translation>A reçu un soutien financier de</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="45" />
        <source>I offer</source>
        <translation>Je propose</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="46" />
        <source>I am looking for</source>
        <translation>Je recherche</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="47" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="48" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="49" />
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="50" />
        <source>Premises</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="51" />
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="52" />
        <source>Group purchase</source>
        <translation>Achat groupé</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="53" />
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="54" />
        <source>Call for tenders</source>
        <translation>Appel d'offres</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="55" />
        <source>Investment</source>
        <translation>Investissement</translation>
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
        <translation>Don</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="59" />
        <source>Swap</source>
        <translation>Troc</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="60" />
        <source>Shared cost</source>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="61" />
        <source>Voluntary work</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="62" />
        <source>Alternative currency</source>
        <translation>Monnaie locale</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="63" />
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="64" />
        <source>Civic engagement</source>
        <translation>Engagement citoyen</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="65" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="66" />
        <source>Lending</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="67" />
        <source>Renting</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="68" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="69" />
        <source>Ready to publish</source>
        <translation>Prêt à publier</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="70" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="71" />
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="72" />
        <source>Shared with the networks</source>
        <translation>Partagée entre réseaux</translation>
    </message>
    <message>
        <location filename="../qml/kindcatalog.cpp" line="73" />
        <source>This network only</source>
        <translation>Ce réseau seulement</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="16" />
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="46" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="52" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="59" />
        <source>No conflicts to settle</source>
        <translation>Aucun conflit à régler</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="82" />
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="84" />
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="84" />
        <source>Theirs (from a bundle)</source>
        <translation>Leur version (d'un paquet)</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="87" />
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="89" />
        <location filename="../qml/ConflictsDialog.qml" line="95" />
        <location filename="../qml/ConflictsDialog.qml" line="101" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="108" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="112" />
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="122" />
        <source>Or type a new value</source>
        <translation>Ou saisissez une nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../qml/ConflictsDialog.qml" line="126" />
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../qml/DatePicker.qml" line="48" />
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../qml/DatePicker.qml" line="60" />
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../qml/DatePicker.qml" line="90" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="14" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="15" />
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="16" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="17" />
        <source>Base IRI</source>
        <translation>IRI de base</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="18" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="19" />
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="20" />
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="21" />
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="22" />
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="23" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="24" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="25" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="26" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="27" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="28" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="29" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="30" />
        <source>Founding date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="31" />
        <source>Member of the network</source>
        <translation>Adhérente du réseau</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="32" />
        <source>Membership date</source>
        <translation>Date d'adhésion</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="33" />
        <source>Action area</source>
        <translation>Territoire d'action</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="34" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="35" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="36" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="37" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="38" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="39" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="40" />
        <source>Contact point</source>
        <translation>Moyen de contact</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="41" />
        <source>Contact points</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="42" />
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="43" />
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="44" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="45" />
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="46" />
        <source>Display level</source>
        <translation>Niveau d'affichage</translation>
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
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="50" />
        <source>Role detail</source>
        <translation>Précision du rôle</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="51" />
        <source>Administers the organisation</source>
        <translation>Administre la structure</translation>
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
        <translation>Structure liée</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="55" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="56" />
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="57" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="58" />
        <source>Offer or need</source>
        <translation>Offre ou demande</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="59" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="60" />
        <source>Methods</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="61" />
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="62" />
        <source>Area</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="63" />
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="64" />
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="65" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="66" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="67" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="68" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="69" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="70" />
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="71" />
        <source>Job offer</source>
        <translation>Offre d'emploi</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="72" />
        <source>Job offers</source>
        <translation>Offres d'emploi</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="73" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="74" />
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="75" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="76" />
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="77" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="78" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="79" />
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="80" />
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="81" />
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="82" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="83" />
        <source>English label</source>
        <translation>Libellé en anglais</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="84" />
        <source>SKOS concept</source>
        <translation>Concept SKOS</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="85" />
        <source>Concept scheme</source>
        <translation>Thésaurus</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="86" />
        <source>Broader tag</source>
        <translation>Mot-clé plus large</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="87" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="88" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="89" />
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="90" />
        <source>Country</source>
        <translation>Pays</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="24" />
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="25" />
        <source>contact@example.org</source>
        <translation>contact@exemple.org</translation>
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
        <translation>14 chiffres</translation>
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
        <translation>Placer sur la carte…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="104" />
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="105" />
        <source>Choose %1 on a calendar</source>
        <translation>Choisir %1 dans un calendrier</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="160" />
        <location filename="../qml/FieldEditor.qml" line="196" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="200" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="202" />
        <source>Open %1</source>
        <translation>Ouvrir : %1</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="206" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="208" />
        <source>Choose %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="212" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../qml/FieldEditor.qml" line="215" />
        <source>Clear %1</source>
        <translation>Effacer : %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../qml/FilterBar.qml" line="45" />
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="46" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="56" />
        <source>Offers or needs</source>
        <translation>Offres ou demandes</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="57" />
        <source>Offers and needs</source>
        <translation>Offres et demandes</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="64" />
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="67" />
        <location filename="../qml/FilterBar.qml" line="77" />
        <source>Any tag</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="84" />
        <location filename="../qml/FilterBar.qml" line="85" />
        <source>Town or postcode</source>
        <translation>Commune ou code postal</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="93" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="94" />
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="95" />
        <source>Network: %1</source>
        <translation>Réseau : %1</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="102" />
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="103" />
        <source>Any visibility</source>
        <translation>Toute visibilité</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="114" />
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="118" />
        <source>Sort: best match</source>
        <translation>Tri : pertinence</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="119" />
        <source>Sort: name A to Z</source>
        <translation>Tri : nom de A à Z</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="120" />
        <source>Sort: name Z to A</source>
        <translation>Tri : nom de Z à A</translation>
    </message>
    <message>
        <location filename="../qml/FilterBar.qml" line="121" />
        <source>Sort: recently changed</source>
        <translation>Tri : modifiés récemment</translation>
    </message>
</context>
<context>
    <name>GeocodingDialog</name>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="17" />
        <source>Locate records from their address</source>
        <translation>Localiser des fiches d'après leur adresse</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="39" />
        <source>Every record with an address already has coordinates.</source>
        <translation>Toutes les fiches qui ont une adresse ont déjà des coordonnées.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="40" />
        <source>%1 record(s) have a town or postcode but no coordinates.</source>
        <translation>Fiches avec une commune ou un code postal mais sans coordonnées : %1.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="46" />
        <source>Their addresses will be sent to %1. Matches the service is unsure of are listed below and not written.</source>
        <translation>Leurs adresses seront envoyées à %1. Les résultats dont le service n'est pas sûr sont listés ci-dessous et ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="60" />
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="89" />
        <source>Locate</source>
        <translation>Localiser</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="96" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/GeocodingDialog.qml" line="101" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../qml/ImportWizard.qml" line="19" />
        <source>Import an Access file</source>
        <translation>Importer un fichier Access</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="36" />
        <source>Choose an Access file</source>
        <translation>Choisir un fichier Access</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="37" />
        <source>Access files (*.mdb *.accdb)</source>
        <translation>Fichiers Access (*.mdb *.accdb)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="37" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="42" />
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="43" />
        <location filename="../qml/ImportWizard.qml" line="51" />
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="48" />
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="56" />
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="59" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="68" />
        <source>1. File</source>
        <translation>1. Fichier</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="69" />
        <source>2. Tables</source>
        <translation>2. Tables</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="70" />
        <source>3. Mapping</source>
        <translation>3. Correspondance</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="71" />
        <source>4. Import</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="72" />
        <source>5. Summary</source>
        <translation>5. Bilan</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="87" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="104" />
        <source>Choose the Access file (.mdb or .accdb) to import. It is read in a separate process and never modified.</source>
        <translation>Choisissez le fichier Access (.mdb ou .accdb) à importer. Il est lu dans un processus à part et n'est jamais modifié.</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="108" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="117" />
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="137" />
        <source>%1 (%n row(s))</source>
        <translation><numerusform>%1 (%n ligne)</numerusform><numerusform>%1 (%n lignes)</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="179" />
        <source>Load a mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="180" />
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="204" />
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="220" />
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="222" />
        <source>Field for %1</source>
        <translation>Champ pour %1</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="228" />
        <source>contact point: %1</source>
        <translation>moyen de contact : %1</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="243" />
        <source>A dry run converts everything and reports what the import would do, without changing the replica. The import takes an automatic backup first, and can be run again: rows already imported are updated, never duplicated.</source>
        <translation>Un essai à blanc convertit tout et indique ce que ferait l'import, sans modifier la réplique. L'import fait d'abord une sauvegarde automatique et peut être relancé : les lignes déjà importées sont mises à jour, jamais dupliquées.</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="247" />
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="252" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="270" />
        <source>Dry run: nothing was written</source>
        <translation>Essai à blanc : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="271" />
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="274" />
        <source>%1 rows: %2 created, %3 updated, %4 unchanged, %5 linked, %6 rejected</source>
        <translation>%1 lignes : %2 créées, %3 mises à jour, %4 inchangées, %5 reliées, %6 rejetées</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="281" />
        <source>%n file(s) attached to the records</source>
        <translation><numerusform>%n fichier joint aux fiches</numerusform><numerusform>%n fichiers joints aux fiches</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="286" />
        <source>Backup taken before the import: %1</source>
        <translation>Sauvegarde faite avant l'import : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ImportWizard.qml" line="291" />
        <source>%n value(s) or row(s) rejected</source>
        <translation><numerusform>%n valeur ou ligne rejetée</numerusform><numerusform>%n valeurs ou lignes rejetées</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="293" />
        <source>Save the rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="308" />
        <source>%1, row %2, %3: “%4” — %5</source>
        <translation>%1, ligne %2, %3 : « %4 » — %5</translation>
    </message>
    <message>
        <location filename="../qml/ImportWizard.qml" line="309" />
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../qml/LocationPicker.qml" line="22" />
        <source>Place on the map</source>
        <translation>Placer sur la carte</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="35" />
        <source>This computer has no position source (no GPS or location service).</source>
        <translation>Cet ordinateur n'a pas de source de position (ni GPS ni service de localisation).</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="41" />
        <source>Waiting for a position…</source>
        <translation>En attente d'une position…</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="63" />
        <source>Placed at your position, to within %1 m.</source>
        <translation>Placée à votre position, à %1 m près.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="64" />
        <source>Placed at your position.</source>
        <translation>Placée à votre position.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="70" />
        <source>This application may not read your position: allow it in the system settings.</source>
        <translation>Cette application n'a pas le droit de lire votre position : autorisez-la dans les réglages du système.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="72" />
        <location filename="../qml/LocationPicker.qml" line="80" />
        <source>No position came in time; try again outdoors or place the pin by hand.</source>
        <translation>Aucune position n'est arrivée à temps : réessayez à l'extérieur ou placez l'épingle à la main.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="73" />
        <source>The position source failed; place the pin by hand.</source>
        <translation>La source de position a échoué : placez l'épingle à la main.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="112" />
        <source>Latitude %1, longitude %2. Click elsewhere or drag the pin to move it.</source>
        <translation>Latitude %1, longitude %2. Cliquez ailleurs ou faites glisser l'épingle pour la déplacer.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="114" />
        <source>Click on the map where the record is.</source>
        <translation>Cliquez sur la carte à l'emplacement de la fiche.</translation>
    </message>
    <message>
        <location filename="../qml/LocationPicker.qml" line="120" />
        <source>Use my position</source>
        <translation>Utiliser ma position</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Job offers</source>
        <translation>Offres d'emploi</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34" />
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="35" />
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37" />
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="38" />
        <source>Trash</source>
        <translation>Corbeille</translation>
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
        <translation>Rechercher (Ctrl+F) : nom, commune, mot-clé…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="126" />
        <source>Searches as you type in the current view</source>
        <translation>Cherche pendant la frappe dans la vue en cours</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="131" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="133" />
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="135" />
        <source>Create a %1 (Ctrl+N)</source>
        <translation>Créer : %1 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="141" />
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147" />
        <source>Redo the change undone last</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="154" />
        <source>Import an Access file</source>
        <translation>Importer un fichier Access</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="158" />
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="160" />
        <source>Back up or restore the replica</source>
        <translation>Sauvegarder ou restaurer la réplique</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="164" />
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="166" />
        <location filename="../qml/Main.qml" line="168" />
        <source>Locate records with an address but no coordinates…</source>
        <translation>Localiser les fiches qui ont une adresse mais pas de coordonnées…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="173" />
        <source>Bundles</source>
        <translation>Paquets d'échange</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="175" />
        <source>Exchange bundles with a device that has no connection</source>
        <translation>Échanger des paquets avec un appareil sans connexion</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="181" />
        <source>Export a bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="185" />
        <source>Import a bundle…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="191" />
        <location filename="../qml/Main.qml" line="192" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="182" />
        <source>%n record(s)</source>
        <translation><numerusform>%n fiche</numerusform><numerusform>%n fiches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="202" />
        <source>%n record(s) on the map</source>
        <translation><numerusform>%n fiche sur la carte</numerusform><numerusform>%n fiches sur la carte</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="206" />
        <source>No tile source configured: markers are shown on a plain background.</source>
        <translation>Aucune source de fonds de carte configurée : les repères sont affichés sur un fond uni.</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="218" />
        <source>Tile source…</source>
        <translation>Source des fonds de carte…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="223" />
        <source>Make this area available offline…</source>
        <translation>Rendre cette zone disponible hors ligne…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="229" />
        <source>Offline areas…</source>
        <translation>Zones hors ligne…</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="241" />
        <source>Download of the offline area</source>
        <translation>Téléchargement de la zone hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="245" />
        <source>%1: %2 of %3 tiles, %4</source>
        <translation>%1 : %2 tuiles sur %3, %4</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="252" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/MapPage.qml" line="259" />
        <source>%n tile(s) could not be downloaded; use Resume in “Offline areas” to try again.</source>
        <translation><numerusform>%n tuile n'a pas pu être téléchargée ; utilisez « Reprendre » dans « Zones hors ligne » pour réessayer.</numerusform><numerusform>%n tuiles n'ont pas pu être téléchargées ; utilisez « Reprendre » dans « Zones hors ligne » pour réessayer.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="299" />
        <source>Map tile source</source>
        <translation>Source des fonds de carte</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="324" />
        <source>Use your network's tile server or a provider whose terms allow it. The OpenStreetMap Foundation's own tile servers must not be used for bulk or offline downloads.</source>
        <translation>Utilisez le serveur de tuiles de votre réseau ou un fournisseur dont les conditions le permettent. Les serveurs de tuiles de la Fondation OpenStreetMap ne doivent pas servir aux téléchargements en masse ou hors ligne.</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="328" />
        <location filename="../qml/MapPage.qml" line="333" />
        <source>URL template</source>
        <translation>Modèle d'URL</translation>
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
        <translation>Zoom minimum</translation>
    </message>
    <message>
        <location filename="../qml/MapPage.qml" line="343" />
        <source>Maximum zoom</source>
        <translation>Zoom maximum</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../qml/NavigationPane.qml" line="23" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="17" />
        <source>Needs that match your network</source>
        <translation>Besoins qui correspondent à votre réseau</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="37" />
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="63" />
        <source>Matches “%1”: same tag “%2”.</source>
        <translation>Correspond à « %1 » : même étiquette « %2 ».</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="64" />
        <source>Matches the offer “%1”: same kind of exchange in %2.</source>
        <translation>Correspond à l'offre « %1 » : même type d'échange, secteur « %2 ».</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="68" />
        <source>Published by %1</source>
        <translation>Publié par %1</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="74" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="75" />
        <source>Open the need “%1”</source>
        <translation>Ouvrir le besoin « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="84" />
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="92" />
        <source>No new need matches your network</source>
        <translation>Aucun nouveau besoin ne correspond à votre réseau</translation>
    </message>
    <message>
        <location filename="../qml/NoticesDialog.qml" line="105" />
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
</context>
<context>
    <name>OfflineAreaDialog</name>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="23" />
        <source>Make this area available offline</source>
        <translation>Rendre cette zone disponible hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="49" />
        <source>The tiles of the area shown on the map are kept on this computer, so the map works with no connection. Download only what you need: tile servers are shared.</source>
        <translation>Les tuiles de la zone affichée sur la carte sont conservées sur cet ordinateur : la carte fonctionne sans connexion. Ne téléchargez que ce dont vous avez besoin : les serveurs de tuiles sont partagés.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="53" />
        <location filename="../qml/OfflineAreaDialog.qml" line="58" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="57" />
        <source>e.g. Marseille and around</source>
        <translation>p. ex. Marseille et alentours</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="60" />
        <location filename="../qml/OfflineAreaDialog.qml" line="65" />
        <source>From zoom</source>
        <translation>Du zoom</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="67" />
        <location filename="../qml/OfflineAreaDialog.qml" line="72" />
        <source>To zoom</source>
        <translation>Au zoom</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/OfflineAreaDialog.qml" line="81" />
        <source>%n tile(s), about %1 to download.</source>
        <translation><numerusform>%n tuile, environ %1 à télécharger.</numerusform><numerusform>%n tuiles, environ %1 à télécharger.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="88" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreaDialog.qml" line="93" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OfflineAreasDialog</name>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="16" />
        <source>Offline areas</source>
        <translation>Zones hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="28" />
        <source>No offline area yet. Show the area on the map, then use “Make this area available offline…”.</source>
        <translation>Aucune zone hors ligne pour l'instant. Affichez la zone sur la carte, puis utilisez « Rendre cette zone disponible hors ligne… ».</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="51" />
        <source>Zoom %1 to %2 · %3 of %4 tiles · %5</source>
        <translation>Zoom %1 à %2 · %3 tuiles sur %4 · %5</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="58" />
        <source>From another tile source: not shown on the map.</source>
        <translation>D'une autre source de fonds de carte : non affichée sur la carte.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="63" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="69" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/OfflineAreasDialog.qml" line="71" />
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="25" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="25" />
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <location filename="../qml/RecordListPane.qml" line="60" />
        <source>Type a second letter to search</source>
        <translation>Tapez une deuxième lettre pour chercher</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordListPane.qml" line="61" />
        <source>%n record(s)</source>
        <translation><numerusform>%n fiche</numerusform><numerusform>%n fiches</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="62" />
        <source>%1 records or more — counting…</source>
        <translation>%1 fiches ou plus — décompte en cours…</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="63" />
        <source> — searching…</source>
        <translation> — recherche…</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="77" />
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="96" />
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="119" />
        <source>Nothing matches “%1”</source>
        <translation>Rien ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../qml/RecordListPane.qml" line="119" />
        <source>Nothing here yet</source>
        <translation>Rien ici pour l'instant</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../qml/RecordPage.qml" line="31" />
        <source>Choose a record in the list, or create one with Ctrl+N</source>
        <translation>Choisissez une fiche dans la liste, ou créez-en une avec Ctrl+N</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="52" />
        <source>New %1</source>
        <translation>Nouvelle fiche : %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="64" />
        <source>%1 — not saved yet</source>
        <translation>%1 — pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="66" />
        <source>%1 — created %2, changed %3 (version %4)</source>
        <translation>%1 — créée le %2, modifiée le %3 (version %4)</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="80" />
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="90" />
        <source>This record is in the trash.</source>
        <translation>Cette fiche est dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="107" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="110" />
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="114" />
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="119" />
        <source>Mark ready to publish</source>
        <translation>Marquer prêt à publier</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="128" />
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="134" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="136" />
        <source>Restore from the trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="165" />
        <source>Address and coordinates</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="173" />
        <source>Locating…</source>
        <translation>Localisation…</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="173" />
        <location filename="../qml/RecordPage.qml" line="176" />
        <source>Locate from address</source>
        <translation>Localiser d'après l'adresse</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="178" />
        <source>Save the record first</source>
        <translation>Enregistrez d'abord la fiche</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="179" />
        <source>Enter a town or postcode first</source>
        <translation>Saisissez d'abord une commune ou un code postal</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="180" />
        <source>Ask %1 for the coordinates of this address</source>
        <translation>Demander à %1 les coordonnées de cette adresse</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="223" />
        <source>Contact points</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="234" />
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="245" />
        <source>Relations to other organisations</source>
        <translation>Relations avec d'autres structures</translation>
    </message>
    <message>
        <location filename="../qml/RecordPage.qml" line="256" />
        <source>Organisations related to this one</source>
        <translation>Structures liées à celle-ci</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../qml/ReferencePicker.qml" line="37" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../qml/ReferencePicker.qml" line="38" />
        <source>Search for the record to choose</source>
        <translation>Chercher la fiche à choisir</translation>
    </message>
</context>
<context>
    <name>RelatedRecords</name>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="31" />
        <source>, administrator</source>
        <translation>, administrateur</translation>
    </message>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="58" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/RelatedRecords.qml" line="59" />
        <source>Add to %1</source>
        <translation>Ajouter : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="18" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="47" />
        <location filename="../qml/SettingsDialog.qml" line="52" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="53" />
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="59" />
        <source>Replica</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="65" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="75" />
        <source>Regional hub</source>
        <translation>Plateforme régionale</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="78" />
        <location filename="../qml/SettingsDialog.qml" line="85" />
        <source>Hub address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="87" />
        <location filename="../qml/SettingsDialog.qml" line="96" />
        <source>Device token</source>
        <translation>Jeton de l'appareil</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="94" />
        <source>Saved; type a new token to replace it</source>
        <translation>Enregistré ; saisissez un nouveau jeton pour le remplacer</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="95" />
        <source>Given by the hub's administrator</source>
        <translation>Fourni par l'administrateur de la plateforme</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="102" />
        <source>Save hub settings</source>
        <translation>Enregistrer la plateforme</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="108" />
        <source>Saved. A sync starts now.</source>
        <translation>Enregistré. Une synchronisation démarre.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="113" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="116" />
        <source>Asking the hub…</source>
        <translation>Interrogation de la plateforme…</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="134" />
        <source>Sync automatically, every</source>
        <translation>Synchroniser automatiquement, toutes les</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="145" />
        <source>Minutes between automatic syncs</source>
        <translation>Minutes entre deux synchronisations automatiques</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="148" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="155" />
        <source>This device syncs only when you click “Sync now”, even when the network comes back: useful on a metered connection.</source>
        <translation>Ce poste ne se synchronise que lorsque vous cliquez sur « Synchroniser maintenant », même quand le réseau revient : utile sur une connexion facturée au volume.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="172" />
        <source>Geocoding</source>
        <translation>Géocodage</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="175" />
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="182" />
        <source>Geocoding service address</source>
        <translation>Adresse du service de géocodage</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="185" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="196" />
        <source>A service speaking the API of the French national address base (BAN). Addresses are sent to it only when you ask to locate records.</source>
        <translation>Un service qui parle l'API de la Base Adresse Nationale (BAN). Les adresses ne lui sont envoyées que lorsque vous demandez de localiser des fiches.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../qml/StatusArea.qml" line="26" />
        <source>%1 change(s) not yet synced</source>
        <translation>%1 modification(s) pas encore synchronisée(s)</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="27" />
        <source>No replica open</source>
        <translation>Aucune réplique ouverte</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="33" />
        <source>Replica: %1</source>
        <translation>Réplique : %1</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="46" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../qml/StatusArea.qml" line="52" />
        <source>Network: %1</source>
        <translation>Réseau : %1</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="26" />
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="33" />
        <source>Sync: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="40" />
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="41" />
        <source>Show the sync conflicts</source>
        <translation>Afficher les conflits de synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SyncIndicator.qml" line="46" />
        <source>%n matching need(s)…</source>
        <translation><numerusform>%n besoin correspondant…</numerusform><numerusform>%n besoins correspondants…</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="47" />
        <source>Show the needs from other networks that match yours</source>
        <translation>Afficher les besoins d'autres réseaux qui correspondent au vôtre</translation>
    </message>
    <message>
        <location filename="../qml/SyncIndicator.qml" line="51" />
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <location filename="../qml/UnsavedChangesDialog.qml" line="13" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../qml/UnsavedChangesDialog.qml" line="22" />
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » a des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="99" />
        <source>%1 is not a valid %2 for “%3”: %4</source>
        <translation>%1 n'est pas une valeur valable (%2) pour « %3 » : %4</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="100" />
        <source>expected a number of degrees, such as 43.2965</source>
        <translation>un nombre de degrés est attendu, par exemple 43.2965</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="101" />
        <source>must lie between -%1 and %1 degrees</source>
        <translation>doit être compris entre -%1 et %1 degrés</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="102" />
        <source>expected one of: %1</source>
        <translation>valeurs possibles : %1</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="103" />
        <source>expected the IRI of a record</source>
        <translation>l'IRI d'une fiche est attendu</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="104" />
        <source>expected a whole number</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="105" />
        <source>expected a decimal number such as 12.50</source>
        <translation>un nombre décimal est attendu, par exemple 12,50</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="106" />
        <source>expected yes or no</source>
        <translation>oui ou non est attendu</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="107" />
        <source>expected a date written YYYY-MM-DD</source>
        <translation>une date écrite AAAA-MM-JJ est attendue</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="108" />
        <source>expected a date and time written YYYY-MM-DDTHH:MM</source>
        <translation>une date et une heure écrites AAAA-MM-JJTHH:MM sont attendues</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="109" />
        <source>expected an address such as contact@example.org</source>
        <translation>une adresse comme contact@exemple.org est attendue</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="110" />
        <source>expected a French number of 10 digits such as 04 91 12 34 56, or an international number starting with +</source>
        <translation>un numéro français à 10 chiffres comme 04 91 12 34 56 est attendu, ou un numéro international commençant par +</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="112" />
        <source>expected a web address starting with https://</source>
        <translation>une adresse web commençant par https:// est attendue</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="113" />
        <source>expected 5 digits such as 13001</source>
        <translation>5 chiffres sont attendus, par exemple 13001</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="114" />
        <source>a SIRET has 14 digits</source>
        <translation>un SIRET a 14 chiffres</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="115" />
        <source>the check digit does not match (Luhn); check for a typing error</source>
        <translation>la clé de contrôle ne correspond pas (Luhn) : vérifiez la saisie</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="117" />
        <source>%1 has no field “%2”; its fields are: %3</source>
        <translation>%1 n'a pas de champ « %2 » ; ses champs sont : %3</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="118" />
        <source>a %1 needs a value for “%2”</source>
        <translation>%1 : une valeur est nécessaire pour « %2 »</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="119" />
        <source>expected a JSON array of attachments</source>
        <translation>une liste JSON de pièces jointes est attendue</translation>
    </message>
    <message>
        <location filename="../qml/fieldlabels.cpp" line="120" />
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/WelcomePage.qml" line="19" />
        <source>Welcome to PES Desktop</source>
        <translation>Bienvenue dans PES Desktop</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="26" />
        <source>No replica is open. A replica is the file on this computer that holds your network's directory and exchanges; it works without a connection.</source>
        <translation>Aucune réplique n'est ouverte. La réplique est le fichier de cet ordinateur qui contient l'annuaire et les échanges de votre réseau ; elle fonctionne sans connexion.</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="32" />
        <location filename="../qml/WelcomePage.qml" line="33" />
        <source>Path of the replica file</source>
        <translation>Chemin du fichier de la réplique</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="37" />
        <source>Open this replica</source>
        <translation>Ouvrir cette réplique</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="42" />
        <source>Or create a new replica at this path</source>
        <translation>Ou créer une nouvelle réplique à cet emplacement</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="49" />
        <source>Network name, e.g. APEAS</source>
        <translation>Nom du réseau, par exemple APEAS</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="50" />
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="55" />
        <source>Network address, e.g. https://reseau.example.org</source>
        <translation>Adresse du réseau, par exemple https://reseau.exemple.org</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="56" />
        <source>Network address</source>
        <translation>Adresse du réseau</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="60" />
        <source>Fill it with demo data (500 organisations)</source>
        <translation>La remplir de données de démonstration (500 structures)</translation>
    </message>
    <message>
        <location filename="../qml/WelcomePage.qml" line="63" />
        <source>Create the replica</source>
        <translation>Créer la réplique</translation>
    </message>
</context>
<context>
    <name>pes::desktop::AttachmentListModel</name>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="87" />
        <source>No record is open</source>
        <translation>Aucune fiche n'est ouverte</translation>
    </message>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="122" />
        <source>This file is not on this computer yet; it arrives with the next sync</source>
        <translation>Ce fichier n'est pas encore sur cet ordinateur ; il arrivera avec la prochaine synchronisation</translation>
    </message>
    <message>
        <location filename="../qml/attachmentlistmodel.cpp" line="135" />
        <source>Could not copy the file to %1</source>
        <translation>Impossible de copier le fichier dans %1</translation>
    </message>
</context>
<context>
    <name>pes::desktop::BackupController</name>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="75" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="92" />
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="103" />
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="112" />
        <source>Closing the replica…</source>
        <translation>Fermeture de la réplique…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="129" />
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location filename="../qml/backupcontroller.cpp" line="155" />
        <source>Restored the backup of %1. The replica it replaced is kept as %2.</source>
        <translation>Sauvegarde du %1 restaurée. La réplique remplacée est gardée sous le nom %2.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::BundleController</name>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="71" />
        <location filename="../qml/bundlecontroller.cpp" line="111" />
        <source>Open a replica first.</source>
        <translation>Ouvrez d'abord une réplique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="87" />
        <source>Wrote %1: %n change(s)</source>
        <translation><numerusform>%1 écrit : %n modification</numerusform><numerusform>%1 écrit : %n modifications</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="89" />
        <source>on %n record(s).</source>
        <translation><numerusform>sur %n fiche.</numerusform><numerusform>sur %n fiches.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="92" />
        <source>%n attached file(s) included.</source>
        <translation><numerusform>%n fichier joint inclus.</numerusform><numerusform>%n fichiers joints inclus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="94" />
        <source>%n change(s) to drafts stay on this device.</source>
        <translation><numerusform>%n modification de brouillon reste sur cet appareil.</numerusform><numerusform>%n modifications de brouillons restent sur cet appareil.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="97" />
        <source>Take the file to a device of the network that syncs with the hub and import it there. These changes also stay here, and the hub will recognise them when this device syncs.</source>
        <translation>Portez le fichier sur un appareil du réseau qui se synchronise avec la plateforme et importez-le là-bas. Ces modifications restent aussi ici, et la plateforme les reconnaîtra quand cet appareil se synchronisera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="125" />
        <source>%n change(s) in the bundle:</source>
        <translation><numerusform>%n modification dans le paquet :</numerusform><numerusform>%n modifications dans le paquet :</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="126" />
        <source>%n applied, to be sent to the hub at the next sync</source>
        <translation><numerusform>%n appliquée, à envoyer à la plateforme à la prochaine synchronisation</numerusform><numerusform>%n appliquées, à envoyer à la plateforme à la prochaine synchronisation</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="128" />
        <source>%n already known here</source>
        <translation><numerusform>%n déjà connue ici</numerusform><numerusform>%n déjà connues ici</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="130" />
        <source>%n waiting for a conflict to be settled</source>
        <translation><numerusform>%n en attente du règlement d'un conflit</numerusform><numerusform>%n en attente du règlement d'un conflit</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="132" />
        <source>%n conflict(s) to settle in the sync conflicts</source>
        <translation><numerusform>%n conflit à régler dans les conflits de synchronisation</numerusform><numerusform>%n conflits à régler dans les conflits de synchronisation</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/bundlecontroller.cpp" line="135" />
        <source>Records: %1 created, %2 updated.</source>
        <translation>Fiches : %1 créées, %2 mises à jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/bundlecontroller.cpp" line="137" />
        <source>%n attached file(s) received.</source>
        <translation><numerusform>%n fichier joint reçu.</numerusform><numerusform>%n fichiers joints reçus.</numerusform></translation>
    </message>
</context>
<context>
    <name>pes::desktop::ConflictListModel</name>
    <message>
        <location filename="../qml/conflictlistmodel.cpp" line="120" />
        <source>This conflict no longer exists.</source>
        <translation>Ce conflit n'existe plus.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ConnectionSettings</name>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="96" />
        <location filename="../qml/connectionsettings.cpp" line="120" />
        <source>Open a replica first: the hub is set for each replica.</source>
        <translation>Ouvrez d'abord une réplique : la plateforme se règle pour chaque réplique.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="101" />
        <source>Enter this device's token, given by the hub's administrator.</source>
        <translation>Saisissez le jeton de cet appareil, fourni par l'administrateur de la plateforme.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="124" />
        <source>Choose an interval of 1 to %1 minutes between automatic syncs.</source>
        <translation>Choisissez un intervalle de 1 à %1 minutes entre deux synchronisations automatiques.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="148" />
        <source>“%1” is not a hub address: expected http(s)://host:port</source>
        <translation>« %1 » n'est pas une adresse de plateforme : http(s)://hôte:port est attendu</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="153" />
        <source>Enter this device's token to test the connection.</source>
        <translation>Saisissez le jeton de cet appareil pour tester la connexion.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="167" />
        <source>Connected: the hub knows this device as “%1” in the network %2.</source>
        <translation>Connecté : la plateforme connaît cet appareil sous le nom « %1 » dans le réseau %2.</translation>
    </message>
    <message>
        <location filename="../qml/connectionsettings.cpp" line="170" />
        <source>The server answered, but not as a PES hub does.</source>
        <translation>Le serveur a répondu, mais pas comme une plateforme PES.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::GeocodingTask</name>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="22" />
        <source>%1: located at “%2”</source>
        <translation>%1 : localisée à « %2 »</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="24" />
        <source>%1: uncertain, the best match “%2” scored %3</source>
        <translation>%1 : incertain, le meilleur résultat « %2 » a un score de %3</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="28" />
        <source>%1: address not found (%2)</source>
        <translation>%1 : adresse introuvable (%2)</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="30" />
        <source>%1: no town or postcode to look for</source>
        <translation>%1 : ni commune ni code postal à chercher</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="32" />
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="89" />
        <source>No record with an address is missing its coordinates.</source>
        <translation>Aucune fiche avec une adresse ne manque de coordonnées.</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="93" />
        <source>%1 located, %2 uncertain, %3 not found, %4 failed%5.</source>
        <translation>%1 localisées, %2 incertaines, %3 introuvables, %4 en échec%5.</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="99" />
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../qml/geocodingtask.cpp" line="201" />
        <source>No replica is open</source>
        <translation>Aucune réplique n'est ouverte</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ImportWizardController</name>
    <message>
        <location filename="../qml/importwizardcontroller.cpp" line="308" />
        <source>Open a replica and choose an Access file first.</source>
        <translation>Ouvrez d'abord une réplique et choisissez un fichier Access.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::OfflineAreas</name>
    <message>
        <location filename="../qml/map/offlineareas.cpp" line="151" />
        <source>%1 tiles is more than the %2 allowed at once: choose a smaller rectangle or a lower maximum zoom.</source>
        <translation>%1 tuiles, c'est plus que les %2 permises en une fois : choisissez un rectangle plus petit ou un zoom maximum plus bas.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::RecordEditor</name>
    <message>
        <location filename="../qml/recordeditor.cpp" line="88" />
        <source>No replica is open</source>
        <translation>Aucune réplique n'est ouverte</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="105" />
        <source>Unknown kind of record: %1</source>
        <translation>Type de fiche inconnu : %1</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="158" />
        <source>This field is required</source>
        <translation>Ce champ est obligatoire</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="209" />
        <source>Some fields need correcting before saving</source>
        <translation>Certains champs sont à corriger avant d'enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/recordeditor.cpp" line="257" />
        <source>Changed elsewhere while you were editing (a sync or another window): %1. Your values are still in the form: save again to keep them, or discard your changes to see the new ones.</source>
        <translation>Modifié ailleurs pendant votre saisie (une synchronisation ou une autre fenêtre) : %1. Vos valeurs sont toujours dans le formulaire : enregistrez à nouveau pour les garder, ou abandonnez les modifications pour voir les nouvelles.</translation>
    </message>
</context>
<context>
    <name>pes::desktop::ReplicaSession</name>
    <message>
        <location filename="../qml/replicasession.cpp" line="17" />
        <source>No hub configured: working offline</source>
        <translation>Aucune plateforme configurée : travail hors ligne</translation>
    </message>
</context>
<context>
    <name>pes::desktop::SyncStatus</name>
    <message>
        <location filename="../qml/syncstatus.cpp" line="198" />
        <source>this computer is offline; changes are kept and will be sent when the network is back</source>
        <translation>cet ordinateur est hors ligne ; les modifications sont conservées et seront envoyées au retour du réseau</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="201" />
        <source>the hub cannot be reached; changes are kept and will be sent later</source>
        <translation>la plateforme régionale est injoignable ; les modifications sont conservées et seront envoyées plus tard</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="203" />
        <source>the hub refused this device's token; ask the hub's administrator for a new one and enter it in Settings</source>
        <translation>la plateforme régionale a refusé le jeton de ce poste ; demandez-en un nouveau à son administrateur et saisissez-le dans les paramètres</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="206" />
        <source>the hub's certificate is not trusted; check the hub's address in Settings</source>
        <translation>le certificat de la plateforme régionale n'est pas reconnu ; vérifiez son adresse dans les paramètres</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="208" />
        <source>the hub refused a request; the details are in the tooltip</source>
        <translation>la plateforme régionale a refusé une requête ; le détail est dans l'info-bulle</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="210" />
        <source>the hub had a problem; the sync will be tried again</source>
        <translation>la plateforme régionale a rencontré un problème ; la synchronisation sera retentée</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="212" />
        <source>this replica could not be updated; the details are in the tooltip</source>
        <translation>la réplique n'a pas pu être mise à jour ; le détail est dans l'info-bulle</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="214" />
        <source>the hub settings are incomplete; see Settings</source>
        <translation>les réglages de la plateforme régionale sont incomplets ; voir les paramètres</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="216" />
        <source>the sync was stopped; changes are kept</source>
        <translation>la synchronisation a été interrompue ; les modifications sont conservées</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="223" />
        <source>No hub configured: working offline</source>
        <translation>Aucune plateforme configurée : travail hors ligne</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="225" />
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec la plateforme…</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="228" />
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="231" />
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="234" />
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/syncstatus.cpp" line="236" />
        <source>%n change(s) to send</source>
        <translation><numerusform>%n modification à envoyer</numerusform><numerusform>%n modifications à envoyer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/syncstatus.cpp" line="238" />
        <source>%n conflict(s) to settle</source>
        <translation><numerusform>%n conflit à régler</numerusform><numerusform>%n conflits à régler</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/syncstatus.cpp" line="240" />
        <source>automatic sync off</source>
        <translation>synchronisation automatique désactivée</translation>
    </message>
</context>
</TS>