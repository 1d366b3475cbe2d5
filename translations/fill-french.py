#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills pes-desktop_fr.ts with the French texts below after lupdate has
# collected the source strings, and gives the English file its plural forms.
# Run from the repository root: translations/fill-french.py
# Prints every source text that has no French yet and exits 1 if there is one.
import sys
import xml.etree.ElementTree as ET

FRENCH = {
    # Choices
    "Phone": "Téléphone", "Mobile": "Portable", "Fax": "Fax", "Email": "Courriel",
    "Web site": "Site web", "Chat": "Messagerie instantanée",
    "Social network account": "Compte de réseau social", "RSS feed": "Flux RSS",
    "Calendar": "Calendrier", "Public": "Publique", "Members only": "Adhérents seulement",
    "Administrators only": "Administrateurs seulement", "Manager": "Responsable",
    "Employee": "Salarié·e", "Partner": "Associé·e", "Volunteer": "Bénévole", "User": "Usager",
    "Member of": "Adhérent de", "Regular supplier of": "Fournisseur régulier de",
    "Occasional supplier of": "Fournisseur occasionnel de",
    "Received technical support from": "A reçu un appui technique de",
    "Received financial support from": "A reçu un soutien financier de",
    "I offer": "Je propose", "I am looking for": "Je recherche", "Product": "Produit",
    "Service": "Service", "Skill": "Compétence", "Premises": "Locaux",
    "Equipment": "Équipement", "Group purchase": "Achat groupé", "Partnership": "Partenariat",
    "Call for tenders": "Appel d'offres", "Investment": "Investissement",
    "Question": "Question", "Euros": "Euros", "Gift": "Don", "Swap": "Troc",
    "Shared cost": "Mutualisation", "Voluntary work": "Bénévolat",
    "Alternative currency": "Monnaie locale", "Employment": "Emploi",
    "Civic engagement": "Engagement citoyen", "Training": "Formation", "Lending": "Prêt",
    "Renting": "Location", "Draft": "Brouillon", "Ready to publish": "Prêt à publier",
    "Published": "Publié", "Closed": "Clos", "Shared with the networks": "Partagée entre réseaux",
    "This network only": "Ce réseau seulement",
    # Kinds and fields
    "Network": "Réseau", "Networks": "Réseaux", "Name": "Nom", "Base IRI": "IRI de base",
    "Description": "Description", "Organisation": "Structure", "Organisations": "Structures",
    "Acronym": "Sigle", "Subtitle": "Sous-titre", "Legal form": "Forme juridique",
    "SIRET": "SIRET", "Logo": "Logo", "Attachments": "Pièces jointes", "Founding date": "Date de création",
    "Member of the network": "Adhérente du réseau", "Membership date": "Date d'adhésion",
    "Action area": "Territoire d'action", "Notes": "Notes", "Person": "Personne",
    "People": "Personnes", "First name": "Prénom", "Last name": "Nom de famille",
    "Category": "Catégorie", "Contact point": "Moyen de contact",
    "Contact points": "Moyens de contact", "Belongs to": "Appartient à", "Medium": "Moyen",
    "Value": "Valeur", "Details": "Précisions", "Display level": "Niveau d'affichage",
    "Engagement": "Engagement", "Engagements": "Engagements", "Role": "Rôle",
    "Role detail": "Précision du rôle", "Administers the organisation": "Administre la structure",
    "Relation": "Relation", "Relations": "Relations",
    "Related organisation": "Structure liée", "Exchange": "Échange", "Exchanges": "Échanges",
    "Title": "Titre", "Offer or need": "Offre ou demande", "Type": "Type",
    "Methods": "Modalités", "Contact person": "Personne à contacter", "Area": "Territoire",
    "Expiry date": "Date d'expiration", "Permanent": "Permanent", "Status": "État",
    "Event": "Événement", "Agenda": "Agenda", "Start": "Début", "End": "Fin",
    "Organiser": "Organisateur", "Job offer": "Offre d'emploi", "Job offers": "Offres d'emploi",
    "Contract": "Contrat", "Start date": "Date de début", "Article": "Article",
    "News": "Actualités", "Text": "Texte", "Author": "Auteur", "Tag": "Mot-clé",
    "Tags": "Mots-clés", "Label": "Libellé", "English label": "Libellé en anglais",
    "SKOS concept": "Concept SKOS", "Concept scheme": "Thésaurus",
    "Broader tag": "Mot-clé plus large", "Street": "Rue", "Postcode": "Code postal",
    "Town": "Commune", "Country": "Pays", "Latitude": "Latitude", "Longitude": "Longitude",
    # Field editor
    "YYYY-MM-DD": "AAAA-MM-JJ", "YYYY-MM-DDTHH:MM": "AAAA-MM-JJTHH:MM",
    "contact@example.org": "contact@exemple.org", "04 91 12 34 56": "04 91 12 34 56",
    "https://…": "https://…", "13001": "13001", "14 digits": "14 chiffres",
    "43.2965": "43.2965", "5.3698": "5.3698", "(none)": "(aucun)", "Open": "Ouvrir",
    "Open %1": "Ouvrir : %1", "Choose…": "Choisir…", "Choose %1": "Choisir : %1",
    "Clear": "Effacer", "Clear %1": "Effacer : %1",
    # Filters
    "Kind of record": "Type de fiche", "All kinds": "Tous les types",
    "Offers or needs": "Offres ou demandes", "Offers and needs": "Offres et demandes",
    "Any tag": "Tous les mots-clés", "Town or postcode": "Commune ou code postal",
    "All networks": "Tous les réseaux", "Network: %1": "Réseau : %1",
    "Visibility": "Visibilité", "Any visibility": "Toute visibilité", "Sort by": "Trier par",
    "Sort: best match": "Tri : pertinence", "Sort: name A to Z": "Tri : nom de A à Z",
    "Sort: name Z to A": "Tri : nom de Z à A",
    "Sort: recently changed": "Tri : modifiés récemment",
    # Main window
    "Everything": "Tout", "Drafts": "Brouillons", "Trash": "Corbeille",
    "PES Desktop — %1": "PES Desktop — %1", "PES Desktop": "PES Desktop",
    "Search (Ctrl+F): name, town, tag…": "Rechercher (Ctrl+F) : nom, commune, mot-clé…",
    "Search": "Rechercher",
    "Searches as you type in the current view": "Cherche pendant la frappe dans la vue en cours",
    "New": "Nouveau", "New record": "Nouvelle fiche", "Create a %1 (Ctrl+N)": "Créer : %1 (Ctrl+N)",
    "Undo": "Annuler", "Undo the last change": "Annuler la dernière modification",
    "Redo": "Rétablir", "Redo the change undone last": "Rétablir la modification annulée",
    "Settings": "Paramètres", "Views": "Vues",
    # Lists
    " — searching…": " — recherche…",
    "Type a second letter to search": "Tapez une deuxième lettre pour chercher",
    "%1 records or more — counting…": "%1 fiches ou plus — décompte en cours…", "Records": "Fiches", "(untitled)": "(sans titre)",
    "Nothing matches “%1”": "Rien ne correspond à « %1 »", "Nothing here yet": "Rien ici pour l'instant",
    # Record page
    "Choose a record in the list, or create one with Ctrl+N":
        "Choisissez une fiche dans la liste, ou créez-en une avec Ctrl+N",
    "New %1": "Nouvelle fiche : %1", "%1 — not saved yet": "%1 — pas encore enregistrée",
    "%1 — created %2, changed %3 (version %4)": "%1 — créée le %2, modifiée le %3 (version %4)",
    "This record is in the trash.": "Cette fiche est dans la corbeille.",
    "Save": "Enregistrer", "Save (Ctrl+S)": "Enregistrer (Ctrl+S)",
    "Discard changes": "Abandonner les modifications",
    "Mark ready to publish": "Marquer prêt à publier", "Move to trash": "Mettre à la corbeille",
    "Restore": "Restaurer", "Restore from the trash": "Restaurer depuis la corbeille",
    "Address and coordinates": "Adresse et coordonnées",
    "Relations to other organisations": "Relations avec d'autres structures",
    "Organisations related to this one": "Structures liées à celle-ci",
    "Search for the record to choose": "Chercher la fiche à choisir",
    ", administrator": ", administrateur", "Add": "Ajouter", "Add to %1": "Ajouter : %1",
    # Settings, status, dialogs
    "Language": "Langue", "As the system": "Comme le système", "Replica": "Réplique",
    "%1 change(s) not yet synced": "%1 modification(s) pas encore synchronisée(s)",
    "No replica open": "Aucune réplique ouverte", "Replica: %1": "Réplique : %1",
    "Unsaved changes": "Modifications non enregistrées",
    "“%1” has changes that are not saved.": "« %1 » a des modifications non enregistrées.",
    "Welcome to PES Desktop": "Bienvenue dans PES Desktop",
    "No replica is open. A replica is the file on this computer that holds your network's directory and exchanges; it works without a connection.":
        "Aucune réplique n'est ouverte. La réplique est le fichier de cet ordinateur qui contient l'annuaire et les échanges de votre réseau ; elle fonctionne sans connexion.",
    "Path of the replica file": "Chemin du fichier de la réplique",
    "Open this replica": "Ouvrir cette réplique",
    "Or create a new replica at this path": "Ou créer une nouvelle réplique à cet emplacement",
    "Network name, e.g. APEAS": "Nom du réseau, par exemple APEAS", "Network name": "Nom du réseau",
    "Network address, e.g. https://reseau.example.org":
        "Adresse du réseau, par exemple https://reseau.exemple.org",
    "Network address": "Adresse du réseau",
    "Fill it with demo data (500 organisations)": "La remplir de données de démonstration (500 structures)",
    "Create the replica": "Créer la réplique",
    # Validation (core/domain/validation.cpp)
    "%1 is not a valid %2 for “%3”: %4": "%1 n'est pas une valeur valable (%2) pour « %3 » : %4",
    "expected a number of degrees, such as 43.2965": "un nombre de degrés est attendu, par exemple 43.2965",
    "must lie between -%1 and %1 degrees": "doit être compris entre -%1 et %1 degrés",
    "expected one of: %1": "valeurs possibles : %1",
    "expected the IRI of a record": "l'IRI d'une fiche est attendu",
    "expected a whole number": "un nombre entier est attendu",
    "expected a decimal number such as 12.50": "un nombre décimal est attendu, par exemple 12,50",
    "expected yes or no": "oui ou non est attendu",
    "expected a date written YYYY-MM-DD": "une date écrite AAAA-MM-JJ est attendue",
    "expected a date and time written YYYY-MM-DDTHH:MM": "une date et une heure écrites AAAA-MM-JJTHH:MM sont attendues",
    "expected an address such as contact@example.org": "une adresse comme contact@exemple.org est attendue",
    "expected a French number of 10 digits such as 04 91 12 34 56, or an international number starting with +":
        "un numéro français à 10 chiffres comme 04 91 12 34 56 est attendu, ou un numéro international commençant par +",
    "expected a web address starting with https://": "une adresse web commençant par https:// est attendue",
    "expected 5 digits such as 13001": "5 chiffres sont attendus, par exemple 13001",
    "a SIRET has 14 digits": "un SIRET a 14 chiffres",
    "the check digit does not match (Luhn); check for a typing error":
        "la clé de contrôle ne correspond pas (Luhn) : vérifiez la saisie",
    "%1 has no field “%2”; its fields are: %3": "%1 n'a pas de champ « %2 » ; ses champs sont : %3",
    "a %1 needs a value for “%2”": "%1 : une valeur est nécessaire pour « %2 »",
    "expected a JSON array of attachments": "une liste JSON de pièces jointes est attendue",
    "“%1”: %2": "« %1 » : %2",
    # Attachments
    "%1 bytes": "%1 octets", "%1 kB": "%1 ko", "%1 MB": "%1 Mo",
    "Attach a file": "Joindre un fichier", "Attach a file…": "Joindre un fichier…",
    "Attach a file to this record": "Joindre un fichier à cette fiche",
    "(arrives with the next sync)": "(arrivera avec la prochaine synchronisation)",
    "Remove": "Retirer", "Remove %1 from this record": "Retirer %1 de cette fiche",
    "No record is open": "Aucune fiche n'est ouverte",
    "This file is not on this computer yet; it arrives with the next sync":
        "Ce fichier n'est pas encore sur cet ordinateur ; il arrivera avec la prochaine synchronisation",
    "Could not copy the file to %1": "Impossible de copier le fichier dans %1",
    # C++ messages
    "No replica is open": "Aucune réplique n'est ouverte",
    "Unknown kind of record: %1": "Type de fiche inconnu : %1",
    "This field is required": "Ce champ est obligatoire",
    "Some fields need correcting before saving": "Certains champs sont à corriger avant d'enregistrer",
    "No hub configured: working offline": "Aucune plateforme configurée : travail hors ligne",
    # Sync status and conflicts
    "Syncing with the hub…": "Synchronisation avec la plateforme…",
    "Sync failed: %1": "Échec de la synchronisation : %1", "Synced %1": "Synchronisé le %1",
    "Never synced": "Jamais synchronisé", "yes": "oui", "no": "non",
    "This conflict no longer exists.": "Ce conflit n'existe plus.",
    "Sync progress": "Progression de la synchronisation", "Sync: %1": "Synchronisation : %1",
    "Conflicts…": "Conflits…", "Show the sync conflicts": "Afficher les conflits de synchronisation",
    "Sync now": "Synchroniser maintenant", "Sync conflicts": "Conflits de synchronisation",
    "Conflicts": "Conflits", "%1 — %2": "%1 — %2", "No conflicts to settle": "Aucun conflit à régler",
    "Mine": "Ma version", "Theirs": "Leur version", "Before both changes": "Avant les deux modifications",
    "(empty)": "(vide)", "Keep mine": "Garder la mienne", "Take theirs": "Prendre la leur",
    "Or type a new value": "Ou saisissez une nouvelle valeur", "Use this value": "Utiliser cette valeur",
    # Import wizard (qml/ImportWizard.qml, importwizardcontroller.cpp)
    "Import…": "Importer…", "Import an Access file": "Importer un fichier Access",
    "Choose an Access file": "Choisir un fichier Access",
    "Access files (*.mdb *.accdb)": "Fichiers Access (*.mdb *.accdb)", "All files (*)": "Tous les fichiers (*)",
    "Load a mapping": "Charger une correspondance", "Mappings (*.json)": "Correspondances (*.json)",
    "Save the mapping": "Enregistrer la correspondance", "Save the rejected rows": "Enregistrer les lignes rejetées",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)", "1. File": "1. Fichier", "2. Tables": "2. Tables",
    "3. Mapping": "3. Correspondance", "4. Import": "4. Import", "5. Summary": "5. Bilan", "Close": "Fermer",
    "Choose the Access file (.mdb or .accdb) to import. It is read in a separate process and never modified.":
        "Choisissez le fichier Access (.mdb ou .accdb) à importer. Il est lu dans un processus à part et n'est jamais modifié.",
    "Choose a file…": "Choisir un fichier…", "%1 (%2)": "%1 (%2)", "No file chosen": "Aucun fichier choisi",
    "Load a mapping…": "Charger une correspondance…", "Save the mapping…": "Enregistrer la correspondance…",
    "Kind of record": "Type de fiche", "(not imported)": "(non importé)", "Field for %1": "Champ pour %1",
    "contact point: %1": "moyen de contact : %1",
    "A dry run converts everything and reports what the import would do, without changing the replica. The import takes an automatic backup first, and can be run again: rows already imported are updated, never duplicated.":
        "Un essai à blanc convertit tout et indique ce que ferait l'import, sans modifier la réplique. L'import fait d'abord une sauvegarde automatique et peut être relancé : les lignes déjà importées sont mises à jour, jamais dupliquées.",
    "Dry run": "Essai à blanc", "Import": "Importer",
    "Dry run: nothing was written": "Essai à blanc : rien n'a été écrit", "Import done": "Import terminé",
    "%1 rows: %2 created, %3 updated, %4 unchanged, %5 linked, %6 rejected":
        "%1 lignes : %2 créées, %3 mises à jour, %4 inchangées, %5 reliées, %6 rejetées",
    "Backup taken before the import: %1": "Sauvegarde faite avant l'import : %1",
    "Save the rejected rows…": "Enregistrer les lignes rejetées…",
    "%1, row %2, %3: “%4” — %5": "%1, ligne %2, %3 : « %4 » — %5", "whole row": "ligne entière",
    "Open a replica and choose an Access file first.": "Ouvrez d'abord une réplique et choisissez un fichier Access.",
    # Notices of matching needs
    "Needs that match your network": "Besoins qui correspondent à votre réseau",
    "Notices": "Avis",
    "Matches “%1”: same tag “%2”.": "Correspond à « %1 » : même étiquette « %2 ».",
    "Matches the offer “%1”: same kind of exchange in %2.":
        "Correspond à l'offre « %1 » : même type d'échange, secteur « %2 ».",
    "Published by %1": "Publié par %1", "Open the need “%1”": "Ouvrir le besoin « %1 »",
    "Mark as read": "Marquer comme lu", "Mark all as read": "Tout marquer comme lu",
    "No new need matches your network": "Aucun nouveau besoin ne correspond à votre réseau",
    "Show the needs from other networks that match yours":
        "Afficher les besoins d'autres réseaux qui correspondent au vôtre",
    # Backups in the app
    "Backups": "Sauvegardes", "Back up the replica": "Sauvegarder la réplique",
    "PES backups (*.pesbackup)": "Sauvegardes PES (*.pesbackup)",
    "Restore a backup": "Restaurer une sauvegarde",
    "Restore this backup?": "Restaurer cette sauvegarde ?",
    "The replica will be replaced by the backup “%1”. Changes made since that backup will no longer be in the replica; the replica as it is now is kept as an automatic backup first.":
        "La réplique sera remplacée par la sauvegarde « %1 ». Les modifications faites depuis cette sauvegarde n'y seront plus ; la réplique telle qu'elle est maintenant est d'abord gardée en sauvegarde automatique.",
    "Back up now…": "Sauvegarder maintenant…", "Restore from a file…": "Restaurer depuis un fichier…",
    "Automatic backups (before imports and upgrades)":
        "Sauvegardes automatiques (avant les imports et les mises à niveau)",
    "Automatic backups": "Sauvegardes automatiques", "%1 — %2 (%3 MB)": "%1 — %2 (%3 Mo)",
    "Restore…": "Restaurer…", "No automatic backup yet": "Pas encore de sauvegarde automatique",
    "Backups…": "Sauvegardes…", "Back up or restore the replica": "Sauvegarder ou restaurer la réplique",
    "Backing up…": "Sauvegarde en cours…", "Backup written: %1": "Sauvegarde écrite : %1",
    "Checking the backup…": "Vérification de la sauvegarde…",
    "Closing the replica…": "Fermeture de la réplique…", "Restoring…": "Restauration en cours…",
    "Restored the backup of %1. The replica it replaced is kept as %2.":
        "Sauvegarde du %1 restaurée. La réplique remplacée est gardée sous le nom %2.",
    "Changed elsewhere while you were editing (a sync or another window): %1. Your values are still in the form: save again to keep them, or discard your changes to see the new ones.":
        "Modifié ailleurs pendant votre saisie (une synchronisation ou une autre fenêtre) : %1. Vos valeurs sont toujours dans le formulaire : enregistrez à nouveau pour les garder, ou abandonnez les modifications pour voir les nouvelles.",
    "Sync automatically, every": "Synchroniser automatiquement, toutes les",
    "Minutes between automatic syncs": "Minutes entre deux synchronisations automatiques",
    "minutes": "minutes",
    "This device syncs only when you click “Sync now”, even when the network comes back: useful on a metered connection.":
        "Ce poste ne se synchronise que lorsque vous cliquez sur « Synchroniser maintenant », même quand le réseau revient : utile sur une connexion facturée au volume.",
    "Choose an interval of 1 to %1 minutes between automatic syncs.": "Choisissez un intervalle de 1 à %1 minutes entre deux synchronisations automatiques.",
    "automatic sync off": "synchronisation automatique désactivée",
    "Previous month": "Mois précédent",
    "Next month": "Mois suivant",
    "Today": "Aujourd'hui",
    "Calendar…": "Calendrier…",
    "Choose %1 on a calendar": "Choisir %1 dans un calendrier",
    "this computer is offline; changes are kept and will be sent when the network is back":
        "cet ordinateur est hors ligne ; les modifications sont conservées et seront envoyées au retour du réseau",
    "the hub cannot be reached; changes are kept and will be sent later":
        "la plateforme régionale est injoignable ; les modifications sont conservées et seront envoyées plus tard",
    "the hub refused this device's token; ask the hub's administrator for a new one and enter it in Settings":
        "la plateforme régionale a refusé le jeton de ce poste ; demandez-en un nouveau à son administrateur et saisissez-le dans les paramètres",
    "the hub's certificate is not trusted; check the hub's address in Settings":
        "le certificat de la plateforme régionale n'est pas reconnu ; vérifiez son adresse dans les paramètres",
    "the hub refused a request; the details are in the tooltip":
        "la plateforme régionale a refusé une requête ; le détail est dans l'info-bulle",
    "the hub had a problem; the sync will be tried again":
        "la plateforme régionale a rencontré un problème ; la synchronisation sera retentée",
    "this replica could not be updated; the details are in the tooltip":
        "la réplique n'a pas pu être mise à jour ; le détail est dans l'info-bulle",
    "the hub settings are incomplete; see Settings":
        "les réglages de la plateforme régionale sont incomplets ; voir les paramètres",
    "the sync was stopped; changes are kept":
        "la synchronisation a été interrompue ; les modifications sont conservées",
}
# Different French for the same English in a given context.
BY_CONTEXT = {
    ("Field", "Email"): "Courriel", ("Field", "Phone"): "Téléphone",
    ("Field", "Published"): "Publié le", ("Field", "Public"): "Publique",
}
PLURALS_FR = {"%n record(s)": ["%n fiche", "%n fiches"],
              "%n matching need(s)…": ["%n besoin correspondant…", "%n besoins correspondants…"],
              "%n change(s) to send": ["%n modification à envoyer", "%n modifications à envoyer"],
              "%n conflict(s) to settle": ["%n conflit à régler", "%n conflits à régler"],
              "%1 (%n row(s))": ["%1 (%n ligne)", "%1 (%n lignes)"],
              "%n value(s) or row(s) rejected": ["%n valeur ou ligne rejetée", "%n valeurs ou lignes rejetées"],
              "%n file(s) attached to the records": ["%n fichier joint aux fiches", "%n fichiers joints aux fiches"]}
PLURALS_EN = {"%n record(s)": ["%n record", "%n records"],
              "%n matching need(s)…": ["%n matching need…", "%n matching needs…"],
              "%n change(s) to send": ["%n change to send", "%n changes to send"],
              "%n conflict(s) to settle": ["%n conflict to settle", "%n conflicts to settle"],
              "%1 (%n row(s))": ["%1 (%n row)", "%1 (%n rows)"],
              "%n value(s) or row(s) rejected": ["%n value or row rejected", "%n values or rows rejected"],
              "%n file(s) attached to the records": ["%n file attached to the records", "%n files attached to the records"]}
# The map view (MapPage.qml).
FRENCH.update({
    "Map": "Carte", "Tile source…": "Source des fonds de carte…",
    "No tile source configured: markers are shown on a plain background.":
        "Aucune source de fonds de carte configurée : les repères sont affichés sur un fond uni.",
    "Map tile source": "Source des fonds de carte", "URL template": "Modèle d'URL",
    "Attribution": "Attribution", "Minimum zoom": "Zoom minimum", "Maximum zoom": "Zoom maximum",
    "Use your network's tile server or a provider whose terms allow it. The OpenStreetMap "
    "Foundation's own tile servers must not be used for bulk or offline downloads.":
        "Utilisez le serveur de tuiles de votre réseau ou un fournisseur dont les conditions "
        "le permettent. Les serveurs de tuiles de la Fondation OpenStreetMap ne doivent pas "
        "servir aux téléchargements en masse ou hors ligne.",
})
FRENCH.update({
    "Place on the map…": "Placer sur la carte…", "Place on the map": "Placer sur la carte",
    "Click on the map where the record is.": "Cliquez sur la carte à l'emplacement de la fiche.",
    "Latitude %1, longitude %2. Click elsewhere or drag the pin to move it.":
        "Latitude %1, longitude %2. Cliquez ailleurs ou faites glisser l'épingle pour la déplacer.",
})
PLURALS_FR["%n record(s) on the map"] = ["%n fiche sur la carte", "%n fiches sur la carte"]
PLURALS_EN["%n record(s) on the map"] = ["%n record on the map", "%n records on the map"]
# Exchange bundles (BundleDialog.qml, bundlecontroller.cpp).
FRENCH.update({
    "Bundles": "Paquets d'échange",
    "Exchange bundles with a device that has no connection":
        "Échanger des paquets avec un appareil sans connexion",
    "Export a bundle…": "Exporter un paquet…", "Import a bundle…": "Importer un paquet…",
    "Export a bundle": "Exporter un paquet", "Import a bundle": "Importer un paquet",
    "PES bundles (*.pesbundle)": "Paquets PES (*.pesbundle)",
    "A bundle carries the changes this device has not sent to the hub yet. Import it on a "
    "device of the same network that syncs: it sends them to the hub, exactly once.":
        "Un paquet emporte les modifications que cet appareil n'a pas encore envoyées à la "
        "plateforme. Importez-le sur un appareil du même réseau qui se synchronise : il les "
        "envoie à la plateforme, une seule fois.",
    "Only changes made since the last bundle": "Seulement les modifications faites depuis le dernier paquet",
    "Choose the file…": "Choisir le fichier…", "Writing the bundle…": "Écriture du paquet…",
    "Checking and importing the bundle…": "Vérification et import du paquet…",
    "Open a replica first.": "Ouvrez d'abord une réplique.",
    "Take the file to a device of the network that syncs with the hub and import it there. "
    "These changes also stay here, and the hub will recognise them when this device syncs.":
        "Portez le fichier sur un appareil du réseau qui se synchronise avec la plateforme et "
        "importez-le là-bas. Ces modifications restent aussi ici, et la plateforme les "
        "reconnaîtra quand cet appareil se synchronisera.",
    "Records: %1 created, %2 updated.": "Fiches : %1 créées, %2 mises à jour.",
    "Theirs (from a bundle)": "Leur version (d'un paquet)",
})
for source, french, english in [
    ("Wrote %1: %n change(s)", ["%1 écrit : %n modification", "%1 écrit : %n modifications"],
     ["Wrote %1: %n change", "Wrote %1: %n changes"]),
    ("on %n record(s).", ["sur %n fiche.", "sur %n fiches."], ["on %n record.", "on %n records."]),
    ("%n change(s) to drafts stay on this device.",
     ["%n modification de brouillon reste sur cet appareil.",
      "%n modifications de brouillons restent sur cet appareil."],
     ["%n change to drafts stays on this device.", "%n changes to drafts stay on this device."]),
    ("%n change(s) in the bundle:", ["%n modification dans le paquet :", "%n modifications dans le paquet :"],
     ["%n change in the bundle:", "%n changes in the bundle:"]),
    ("%n applied, to be sent to the hub at the next sync",
     ["%n appliquée, à envoyer à la plateforme à la prochaine synchronisation",
      "%n appliquées, à envoyer à la plateforme à la prochaine synchronisation"],
     ["%n applied, to be sent to the hub at the next sync",
      "%n applied, to be sent to the hub at the next sync"]),
    ("%n already known here", ["%n déjà connue ici", "%n déjà connues ici"],
     ["%n already known here", "%n already known here"]),
    ("%n waiting for a conflict to be settled",
     ["%n en attente du règlement d'un conflit", "%n en attente du règlement d'un conflit"],
     ["%n waiting for a conflict to be settled", "%n waiting for a conflict to be settled"]),
    ("%n conflict(s) to settle in the sync conflicts",
     ["%n conflit à régler dans les conflits de synchronisation",
      "%n conflits à régler dans les conflits de synchronisation"],
     ["%n conflict to settle in the sync conflicts", "%n conflicts to settle in the sync conflicts"]),
    ("%n attached file(s) included.", ["%n fichier joint inclus.", "%n fichiers joints inclus."],
     ["%n attached file included.", "%n attached files included."]),
    ("%n attached file(s) received.", ["%n fichier joint reçu.", "%n fichiers joints reçus."],
     ["%n attached file received.", "%n attached files received."]),
]:
    PLURALS_FR[source] = french
    PLURALS_EN[source] = english

# Geocoding, "Use my position" and the connection settings.
FRENCH.update({
    "Locating…": "Localisation…",
    "Locate from address": "Localiser d'après l'adresse",
    "Save the record first": "Enregistrez d'abord la fiche",
    "Enter a town or postcode first": "Saisissez d'abord une commune ou un code postal",
    "Ask %1 for the coordinates of this address":
        "Demander à %1 les coordonnées de cette adresse",
    "Locate…": "Localiser…",
    "Locate records with an address but no coordinates…":
        "Localiser les fiches qui ont une adresse mais pas de coordonnées…",
    "Locate records from their address": "Localiser des fiches d'après leur adresse",
    "Every record with an address already has coordinates.":
        "Toutes les fiches qui ont une adresse ont déjà des coordonnées.",
    "%1 record(s) have a town or postcode but no coordinates.":
        "Fiches avec une commune ou un code postal mais sans coordonnées : %1.",
    "Their addresses will be sent to %1. Matches the service is unsure of are listed below "
    "and not written.":
        "Leurs adresses seront envoyées à %1. Les résultats dont le service n'est pas sûr "
        "sont listés ci-dessous et ne sont pas enregistrés.",
    "%1 of %2 — %3": "%1 sur %2 — %3",
    "Locate": "Localiser",
    "Cancel": "Annuler",
    "%1: located at “%2”": "%1 : localisée à « %2 »",
    "%1: uncertain, the best match “%2” scored %3":
        "%1 : incertain, le meilleur résultat « %2 » a un score de %3",
    "%1: address not found (%2)": "%1 : adresse introuvable (%2)",
    "%1: no town or postcode to look for": "%1 : ni commune ni code postal à chercher",
    "%1: failed: %2": "%1 : échec : %2",
    "No record with an address is missing its coordinates.":
        "Aucune fiche avec une adresse ne manque de coordonnées.",
    "%1 located, %2 uncertain, %3 not found, %4 failed%5.":
        "%1 localisées, %2 incertaines, %3 introuvables, %4 en échec%5.",
    " (cancelled)": " (annulé)",
    "Use my position": "Utiliser ma position",
    "This computer has no position source (no GPS or location service).":
        "Cet ordinateur n'a pas de source de position (ni GPS ni service de localisation).",
    "Waiting for a position…": "En attente d'une position…",
    "Placed at your position, to within %1 m.": "Placée à votre position, à %1 m près.",
    "Placed at your position.": "Placée à votre position.",
    "This application may not read your position: allow it in the system settings.":
        "Cette application n'a pas le droit de lire votre position : autorisez-la dans "
        "les réglages du système.",
    "No position came in time; try again outdoors or place the pin by hand.":
        "Aucune position n'est arrivée à temps : réessayez à l'extérieur ou placez "
        "l'épingle à la main.",
    "The position source failed; place the pin by hand.":
        "La source de position a échoué : placez l'épingle à la main.",
    "Regional hub": "Plateforme régionale",
    "Hub address": "Adresse de la plateforme",
    "Device token": "Jeton de l'appareil",
    "Saved; type a new token to replace it":
        "Enregistré ; saisissez un nouveau jeton pour le remplacer",
    "Given by the hub's administrator": "Fourni par l'administrateur de la plateforme",
    "Save hub settings": "Enregistrer la plateforme",
    "Saved. A sync starts now.": "Enregistré. Une synchronisation démarre.",
    "Test connection": "Tester la connexion",
    "Asking the hub…": "Interrogation de la plateforme…",
    "Geocoding": "Géocodage",
    "Service address": "Adresse du service",
    "Geocoding service address": "Adresse du service de géocodage",
    "A service speaking the API of the French national address base (BAN). Addresses are "
    "sent to it only when you ask to locate records.":
        "Un service qui parle l'API de la Base Adresse Nationale (BAN). Les adresses ne lui "
        "sont envoyées que lorsque vous demandez de localiser des fiches.",
    "Open a replica first: the hub is set for each replica.":
        "Ouvrez d'abord une réplique : la plateforme se règle pour chaque réplique.",
    "Enter this device's token, given by the hub's administrator.":
        "Saisissez le jeton de cet appareil, fourni par l'administrateur de la plateforme.",
    "“%1” is not a hub address: expected http(s)://host:port":
        "« %1 » n'est pas une adresse de plateforme : http(s)://hôte:port est attendu",
    "Enter this device's token to test the connection.":
        "Saisissez le jeton de cet appareil pour tester la connexion.",
    "Connected: the hub knows this device as “%1” in the network %2.":
        "Connecté : la plateforme connaît cet appareil sous le nom « %1 » dans le réseau %2.",
    "The server answered, but not as a PES hub does.":
        "Le serveur a répondu, mais pas comme une plateforme PES.",
})
# Offline areas (MapPage.qml, OfflineAreaDialog.qml, OfflineAreasDialog.qml, OfflineAreas).
FRENCH.update({
    "Make this area available offline…": "Rendre cette zone disponible hors ligne…",
    "Make this area available offline": "Rendre cette zone disponible hors ligne",
    "Offline areas…": "Zones hors ligne…", "Offline areas": "Zones hors ligne",
    "Download of the offline area": "Téléchargement de la zone hors ligne",
    "%1: %2 of %3 tiles, %4": "%1 : %2 tuiles sur %3, %4",
    "The tiles of the area shown on the map are kept on this computer, so the map works with "
    "no connection. Download only what you need: tile servers are shared.":
        "Les tuiles de la zone affichée sur la carte sont conservées sur cet ordinateur : la "
        "carte fonctionne sans connexion. Ne téléchargez que ce dont vous avez besoin : les "
        "serveurs de tuiles sont partagés.",
    "e.g. Marseille and around": "p. ex. Marseille et alentours",
    "From zoom": "Du zoom", "To zoom": "Au zoom", "Download": "Télécharger",
    "No offline area yet. Show the area on the map, then use “Make this area available "
    "offline…”.":
        "Aucune zone hors ligne pour l'instant. Affichez la zone sur la carte, puis utilisez "
        "« Rendre cette zone disponible hors ligne… ».",
    "Zoom %1 to %2 · %3 of %4 tiles · %5": "Zoom %1 à %2 · %3 tuiles sur %4 · %5",
    "From another tile source: not shown on the map.":
        "D'une autre source de fonds de carte : non affichée sur la carte.",
    "Resume": "Reprendre", "Delete %1": "Supprimer %1", "Cancel": "Annuler", "Delete": "Supprimer",
    "%1 tiles is more than the %2 allowed at once: choose a smaller rectangle or a lower "
    "maximum zoom.":
        "%1 tuiles, c'est plus que les %2 permises en une fois : choisissez un rectangle plus "
        "petit ou un zoom maximum plus bas.",
})
PLURALS_FR["%n tile(s) could not be downloaded; use Resume in “Offline areas” to try again."] = [
    "%n tuile n'a pas pu être téléchargée ; utilisez « Reprendre » dans « Zones hors ligne » "
    "pour réessayer.",
    "%n tuiles n'ont pas pu être téléchargées ; utilisez « Reprendre » dans « Zones hors "
    "ligne » pour réessayer."]
PLURALS_EN["%n tile(s) could not be downloaded; use Resume in “Offline areas” to try again."] = [
    "%n tile could not be downloaded; use Resume in “Offline areas” to try again.",
    "%n tiles could not be downloaded; use Resume in “Offline areas” to try again."]
PLURALS_FR["%n tile(s), about %1 to download."] = ["%n tuile, environ %1 à télécharger.",
                                                    "%n tuiles, environ %1 à télécharger."]
PLURALS_EN["%n tile(s), about %1 to download."] = ["%n tile, about %1 to download.",
                                                    "%n tiles, about %1 to download."]


def fill(path, plurals, texts):
    tree = ET.parse(path)
    missing = []
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = plurals.get(source)
                if forms is None:
                    missing.append(source)
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.attrib.pop("type", None)
                continue
            if texts is None:  # English: the source text is the translation
                translation.text = source
                translation.attrib.pop("type", None)
                continue
            text = BY_CONTEXT.get((name, source), texts.get(source))
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


missing = fill("translations/pes-desktop_fr.ts", PLURALS_FR, FRENCH)
missing += fill("translations/pes-desktop_en.ts", PLURALS_EN, None)
for source in missing:
    print("no translation:", source)
sys.exit(1 if missing else 0)
