// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "replica/replica.h"

#include <QDate>
#include <QJsonArray>

#include <random>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

struct Town
{
    const char16_t *name;
    const char16_t *postcode;
    double latitude;
    double longitude;
};

// Towns of the region with their main postcode and centre.
const Town towns[] = {
    {u"Marseille", u"13001", 43.2965, 5.3698},
    {u"Marseille", u"13003", 43.3120, 5.3800},
    {u"Marseille", u"13005", 43.2930, 5.3960},
    {u"Marseille", u"13013", 43.3490, 5.4310},
    {u"Aix-en-Provence", u"13100", 43.5297, 5.4474},
    {u"Arles", u"13200", 43.6766, 4.6278},
    {u"Aubagne", u"13400", 43.2927, 5.5708},
    {u"La Ciotat", u"13600", 43.1748, 5.6046},
    {u"Martigues", u"13500", 43.4053, 5.0476},
    {u"Salon-de-Provence", u"13300", 43.6403, 5.0970},
    {u"Istres", u"13800", 43.5151, 4.9895},
    {u"Vitrolles", u"13127", 43.4600, 5.2486},
    {u"Toulon", u"83000", 43.1242, 5.9280},
    {u"La Seyne-sur-Mer", u"83500", 43.1007, 5.8788},
    {u"Hyères", u"83400", 43.1204, 6.1286},
    {u"Fréjus", u"83600", 43.4330, 6.7370},
    {u"Draguignan", u"83300", 43.5366, 6.4646},
    {u"Brignoles", u"83170", 43.4058, 6.0616},
    {u"Nice", u"06000", 43.7102, 7.2620},
    {u"Nice", u"06300", 43.7030, 7.2850},
    {u"Cannes", u"06400", 43.5528, 7.0174},
    {u"Antibes", u"06600", 43.5808, 7.1251},
    {u"Grasse", u"06130", 43.6580, 6.9225},
    {u"Menton", u"06500", 43.7747, 7.4975},
    {u"Avignon", u"84000", 43.9493, 4.8055},
    {u"Carpentras", u"84200", 44.0556, 5.0489},
    {u"Orange", u"84100", 44.1381, 4.8075},
    {u"Cavaillon", u"84300", 43.8374, 5.0381},
    {u"Apt", u"84400", 43.8764, 5.3964},
    {u"Pertuis", u"84120", 43.6942, 5.5019},
    {u"Gap", u"05000", 44.5594, 6.0786},
    {u"Briançon", u"05100", 44.8986, 6.6436},
    {u"Embrun", u"05200", 44.5636, 6.4956},
    {u"Digne-les-Bains", u"04000", 44.0925, 6.2356},
    {u"Manosque", u"04100", 43.8283, 5.7869},
    {u"Forcalquier", u"04300", 43.9597, 5.7797},
    {u"Sisteron", u"04200", 44.1950, 5.9436},
    {u"Barcelonnette", u"04400", 44.3869, 6.6519},
};

const char16_t *structures[] = {
    u"Association",    u"Association", u"Association",        u"SCOP",      u"SCIC",
    u"Coopérative",    u"Collectif",   u"Mutuelle",           u"Fondation", u"Régie de quartier",
    u"Ressourcerie",   u"AMAP",        u"Épicerie solidaire", u"Atelier",   u"Café associatif",
    u"Jardin partagé",
};

const char16_t *legalForms[] = {
    u"Association loi 1901",
    u"SCOP SARL",
    u"SCIC SAS",
    u"Coopérative",
    u"Mutuelle",
    u"Fondation",
    u"Entreprise d'insertion",
    u"SAS agréée ESUS",
};

const char16_t *themes[] = {
    u"des Jardins",
    u"du Vélo",
    u"de l'Habitat partagé",
    u"des Savoirs",
    u"du Réemploi",
    u"de l'Alimentation durable",
    u"des Énergies citoyennes",
    u"de la Culture vivante",
    u"de l'Insertion",
    u"du Tourisme solidaire",
    u"de la Monnaie locale",
    u"des Paysans",
    u"du Numérique libre",
    u"de l'Éducation populaire",
    u"de la Santé communautaire",
    u"des Mobilités douces",
    u"du Commerce équitable",
    u"de la Petite enfance",
};

const char16_t *qualifiers[] = {
    u"Solidaires",  u"Partagés",  u"en Commun", u"Citoyens",    u"du Sud",
    u"Vivants",     u"d'Ici",     u"Ensemble",  u"de Provence", u"de la Durance",
    u"du Littoral", u"des Alpes", u"de Demain", u"Ouverts",     u"Coopératifs",
};

const char16_t *activities[] = {
    u"accompagne les habitants dans leurs projets",
    u"collecte, répare et revend des objets du quotidien",
    u"propose des paniers de légumes bio et locaux",
    u"forme des jeunes aux métiers du bâtiment écologique",
    u"anime des ateliers d'autoréparation de vélos",
    u"organise des cafés-débats et des concerts",
    u"gère une épicerie à prix solidaires",
    u"installe des panneaux solaires financés par les citoyens",
    u"accueille des personnes éloignées de l'emploi",
    u"développe des logiciels libres pour les associations",
    u"mutualise des locaux et du matériel entre structures",
    u"soutient la création d'entreprises coopératives",
};

const char16_t *givenNames[] = {
    u"Camille",  u"Léa",    u"Manon",     u"Chloé",   u"Inès",   u"Sarah",
    u"Julie",    u"Émilie", u"Nadia",     u"Hélène",  u"Lucas",  u"Hugo",
    u"Louis",    u"Nathan", u"Karim",     u"Thomas",  u"Julien", u"Mathieu",
    u"François", u"Jérôme", u"Sébastien", u"Yasmine", u"Rachid", u"Françoise",
};

const char16_t *familyNames[] = {
    u"Martin",   u"Bernard", u"Roux",      u"Fabre",   u"Blanc",    u"Garnier",
    u"Faure",    u"Girard",  u"Mercier",   u"Bonnet",  u"Lambert",  u"Fontaine",
    u"Rousseau", u"Vincent", u"Chevalier", u"Benali",  u"Nguyen",   u"Pellegrin",
    u"Arnaud",   u"Giraud",  u"Olivier",   u"Meunier", u"Bertrand", u"Lefèvre",
};

const char16_t *streets[] = {
    u"rue de la République", u"boulevard National",  u"avenue des Chartreux",
    u"rue Paradis",          u"cours Lieutaud",      u"place des Prêcheurs",
    u"rue Thiers",           u"chemin des Oliviers", u"avenue Jean Jaurès",
    u"rue Victor Hugo",      u"route de Sisteron",   u"quai du Port",
};

struct ExchangeIdea
{
    const char16_t *way;
    const char16_t *type;
    const char16_t *title;
    const char16_t *method;
};

const ExchangeIdea exchangeIdeas[] = {
    {u"need", u"premises", u"Recherche un local de 50 m² en centre-ville", u"renting"},
    {u"offer", u"premises", u"Salle de réunion à partager deux jours par semaine", u"sharedCost"},
    {u"offer", u"service", u"Prestations graphiques et mise en page", u"euros"},
    {u"need", u"skill", u"Cherche à échanger sur la pédagogie participative", u"swap"},
    {u"need", u"groupPurchase", u"Achat groupé de matériaux de construction", u"sharedCost"},
    {u"offer", u"equipment", u"Prêt d'un camion utilitaire le week-end", u"lending"},
    {u"offer", u"product", u"Don de mobilier de bureau", u"gift"},
    {u"need", u"partnership", u"Partenaires pour un projet d'alimentation durable",
     u"civicEngagement"},
    {u"offer", u"skill", u"Formation à la comptabilité associative", u"training"},
    {u"need", u"callForTenders", u"Appel d'offres : traiteur solidaire pour 200 personnes",
     u"euros"},
    {u"offer", u"service", u"Entretien d'espaces verts en insertion", u"euros"},
    {u"need", u"investment", u"Recherche investisseurs citoyens pour une centrale solaire",
     u"euros"},
    {u"need", u"question", u"Comment passer d'association à SCIC ?", u"voluntaryWork"},
    {u"offer", u"product", u"Paniers de légumes payables en monnaie locale",
     u"alternativeCurrency"},
};

const char16_t *eventTitles[] = {
    u"Forum de l'économie sociale et solidaire",
    u"Atelier réparation vélo",
    u"Marché des producteurs locaux",
    u"Café-débat : consommer autrement",
    u"Journée portes ouvertes",
    u"Formation : gouvernance partagée",
};

template <typename T, std::size_t N> const T &pick(std::mt19937_64 &random, const T (&items)[N])
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString slug(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result.append(c);
        else if ((c.isSpace() || c == u'\'' || c == u'-') && !result.endsWith(u'-'))
            result.append(u'-');
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result;
}

// A SIRET whose Luhn check digit is right.
QString siret(std::mt19937_64 &random)
{
    QString digits;
    for (int i = 0; i < 13; ++i)
        digits.append(QChar(u'0' + int(random() % 10)));
    if (digits.startsWith(u"356000000"))
        digits.replace(0, 1, u"4"_s);
    for (int check = 0; check < 10; ++check) {
        int sum = 0;
        const QString candidate = digits + QChar(u'0' + check);
        for (int i = 0; i < 14; ++i) {
            int d = candidate.at(i).digitValue();
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return {};
}

QString phone(std::mt19937_64 &random, bool mobile)
{
    QString number = mobile ? u"06"_s : u"04"_s;
    for (int i = 0; i < 4; ++i)
        number += u' ' + u"%1"_s.arg(int(random() % 100), 2, 10, QLatin1Char('0'));
    return number;
}

void addAddress(QJsonObject &fields, std::mt19937_64 &random, const Town &town)
{
    std::normal_distribution<double> jitter(0.0, 0.012);
    fields.insert(u"street"_s,
                  u"%1 %2"_s.arg(int(random() % 180) + 1).arg(str(pick(random, streets))));
    fields.insert(u"postcode"_s, str(town.postcode));
    fields.insert(u"city"_s, str(town.name));
    fields.insert(u"country"_s, u"France"_s);
    fields.insert(u"latitude"_s, qRound((town.latitude + jitter(random)) * 1e6) / 1e6);
    fields.insert(u"longitude"_s, qRound((town.longitude + jitter(random)) * 1e6) / 1e6);
}

class Generator
{
public:
    Generator(Replica &replica, const DemoOptions &options)
        : m_replica(replica)
        , m_options(options)
        , m_random(options.seed)
    {
    }

    Status run(const std::function<void(int, int)> &progress);
    QMap<Kind, int> created;

private:
    Result<QString> add(Kind kind, const QJsonObject &fields,
                        std::optional<Visibility> visibility = std::nullopt);
    Status createTags();
    Result<QString> createOrganisation(int index);
    Status createSurroundings(const QString &organisation, const QJsonObject &fields, int index);

    Replica &m_replica;
    DemoOptions m_options;
    std::mt19937_64 m_random;
    QStringList m_tags;
    QStringList m_organisations;
    QJsonObject m_lastOrganisation;
    const QDate m_today{2026, 12, 1};
};

Result<QString> Generator::add(Kind kind, const QJsonObject &fields,
                               std::optional<Visibility> visibility)
{
    CreateOptions options;
    options.visibility = visibility;
    options.checkReferences = false; // the generator only refers to what it just created
    auto iri = m_replica.create(kind, fields, options);
    if (iri)
        created[kind] += 1;
    return iri;
}

Status Generator::createTags()
{
    const char16_t *labels[][2] = {
        {u"Alimentation", u"Food"},
        {u"Réemploi", u"Reuse"},
        {u"Habitat", u"Housing"},
        {u"Mobilité", u"Mobility"},
        {u"Énergie", u"Energy"},
        {u"Culture", u"Culture"},
        {u"Insertion", u"Work integration"},
        {u"Éducation populaire", u"Popular education"},
        {u"Numérique", u"Digital"},
        {u"Finance solidaire", u"Solidarity finance"},
    };
    for (const auto &label : labels) {
        auto iri = add(Kind::Tag, {{u"label"_s, str(label[0])}, {u"labelEn"_s, str(label[1])}});
        if (!iri)
            return std::unexpected(iri.error());
        m_tags.append(*iri);
    }
    return {};
}

Result<QString> Generator::createOrganisation(int index)
{
    const Town &town = pick(m_random, towns);
    const QString structure = str(pick(m_random, structures));
    const QString name =
        u"%1 %2 %3"_s.arg(structure, str(pick(m_random, themes)), str(pick(m_random, qualifiers)));
    QJsonObject fields{
        {u"name"_s, name},
        {u"description"_s,
         u"%1 %2 à %3."_s.arg(name, str(pick(m_random, activities)), str(town.name))},
        {u"legalForm"_s, str(pick(m_random, legalForms))},
        {u"siret"_s, siret(m_random)},
        {u"phone"_s, phone(m_random, false)},
        {u"member"_s, m_random() % 3 != 0},
        {u"foundingDate"_s,
         m_today.addDays(-qint64(m_random() % 15000) - 200).toString(Qt::ISODate)},
    };
    const QString domain = slug(name).left(40) + u'-' + QString::number(index) + u".fr"_s;
    fields.insert(u"email"_s, QString(u"contact@"_s + domain));
    fields.insert(u"website"_s, QString(u"https://"_s + domain));
    if (m_random() % 4 == 0)
        fields.insert(u"acronym"_s, slug(name).left(6).toUpper());
    if (!m_tags.isEmpty())
        fields.insert(u"tags"_s, QJsonArray{m_tags.at(int(m_random() % m_tags.size()))});
    addAddress(fields, m_random, town);
    m_lastOrganisation = fields;
    return add(Kind::Organisation, fields);
}

Status Generator::createSurroundings(const QString &organisation, const QJsonObject &org, int index)
{
    const QString city = org.value(u"city"_s).toString();
    const QString given = str(pick(m_random, givenNames));
    const QString family = str(pick(m_random, familyNames));
    auto person =
        add(Kind::Person,
            {{u"givenName"_s, given},
             {u"familyName"_s, family},
             {u"email"_s, u"%1.%2@%3"_s.arg(slug(given), slug(family),
                                            org.value(u"email"_s).toString().section(u'@', 1))},
             {u"city"_s, city},
             {u"postcode"_s, org.value(u"postcode"_s)}});
    if (!person)
        return std::unexpected(person.error());

    const char16_t *roles[] = {u"manager", u"employee", u"volunteer", u"partner"};
    PES_TRY(add(Kind::Engagement, {{u"person"_s, *person},
                                   {u"organisation"_s, organisation},
                                   {u"role"_s, str(pick(m_random, roles))},
                                   {u"administrator"_s, index % 3 == 0}}));
    PES_TRY(add(Kind::ContactPoint, {{u"owner"_s, *person},
                                     {u"medium"_s, u"mobile"_s},
                                     {u"value"_s, phone(m_random, true)},
                                     {u"displayLevel"_s, index % 2 ? u"members"_s : u"public"_s}}));

    if (index % 2 == 0) {
        const ExchangeIdea &idea = pick(m_random, exchangeIdeas);
        QJsonObject exchange{
            {u"title"_s, str(idea.title)},
            {u"description"_s,
             u"%1 — contact : %2 %3."_s.arg(org.value(u"name"_s).toString(), given, family)},
            {u"way"_s, str(idea.way)},
            {u"type"_s, str(idea.type)},
            {u"methods"_s, QJsonArray{str(idea.method)}},
            {u"organisation"_s, organisation},
            {u"person"_s, *person},
            {u"area"_s, city},
            {u"status"_s, index % 10 == 0 ? u"draft"_s : u"published"_s}};
        if (m_random() % 3 == 0)
            exchange.insert(u"permanent"_s, true);
        else
            exchange.insert(u"expiry"_s,
                            m_today.addDays(qint64(m_random() % 180) + 7).toString(Qt::ISODate));
        for (const char *field : {"city", "postcode", "latitude", "longitude"})
            exchange.insert(QLatin1String(field), org.value(QLatin1String(field)));
        PES_TRY(add(Kind::Exchange, exchange));
    }
    if (index % 7 == 0 && m_organisations.size() > 1) {
        const QString target = m_organisations.at(int(m_random() % (m_organisations.size() - 1)));
        const char16_t *types[] = {u"memberOf", u"regularSupplier", u"occasionalSupplier",
                                   u"technicalSupport"};
        PES_TRY(add(Kind::Relation, {{u"source"_s, organisation},
                                     {u"type"_s, str(pick(m_random, types))},
                                     {u"target"_s, target}}));
    }
    if (index % 10 == 0) {
        const QDateTime start(m_today.addDays(qint64(m_random() % 120)),
                              QTime(9 + int(m_random() % 10), 0));
        PES_TRY(
            add(Kind::Event, {{u"title"_s, str(pick(m_random, eventTitles))},
                              {u"start"_s, start.toString(u"yyyy-MM-ddTHH:mm"_s)},
                              {u"end"_s, start.addSecs(3 * 3600).toString(u"yyyy-MM-ddTHH:mm"_s)},
                              {u"organiser"_s, organisation},
                              {u"city"_s, city},
                              {u"postcode"_s, org.value(u"postcode"_s)}}));
    }
    if (index % 25 == 0) {
        PES_TRY(add(Kind::JobOffer, {{u"title"_s, u"Coordinateur·rice de projets"_s},
                                     {u"organisation"_s, organisation},
                                     {u"contract"_s, index % 50 == 0 ? u"CDI"_s : u"CDD 12 mois"_s},
                                     {u"status"_s, u"published"_s},
                                     {u"city"_s, city},
                                     {u"postcode"_s, org.value(u"postcode"_s)}}));
    }
    return {};
}

Status Generator::run(const std::function<void(int, int)> &progress)
{
    // Written in batches, each one transaction and one undoable change, so that
    // a large demo neither holds one huge transaction nor starts over if stopped.
    constexpr int batchSize = 5000;
    const QString description = u"Demo data (seed %1)"_s.arg(m_options.seed);
    auto scope = m_replica.beginChange(description);
    if (!scope)
        return std::unexpected(scope.error());
    if (m_options.related)
        PES_TRY(createTags());

    const int step = qMax(1, m_options.organisations / 100);
    for (int i = 0; i < m_options.organisations; ++i) {
        if (i > 0 && i % batchSize == 0) {
            PES_TRY(scope->commit());
            scope = m_replica.beginChange(description);
            if (!scope)
                return std::unexpected(scope.error());
        }
        auto organisation = createOrganisation(i);
        if (!organisation)
            return std::unexpected(organisation.error());
        m_organisations.append(*organisation);
        if (m_options.related)
            PES_TRY(createSurroundings(*organisation, m_lastOrganisation, i));
        if (progress && (i % step == 0 || i + 1 == m_options.organisations))
            progress(i + 1, m_options.organisations);
    }
    if (m_options.related && !m_organisations.isEmpty()) {
        PES_TRY(add(
            Kind::Article,
            {{u"title"_s, u"Le réseau accueille de nouveaux adhérents"_s},
             {u"body"_s, u"Bienvenue aux structures qui ont rejoint le réseau ce mois-ci."_s},
             {u"organisation"_s, m_organisations.first()},
             {u"published"_s, QDateTime(m_today, QTime(10, 0)).toString(u"yyyy-MM-ddTHH:mm"_s)}}));
    }
    return scope->commit();
}

} // namespace

Result<QMap<Kind, int>> generateDemoData(Replica &replica, const DemoOptions &options,
                                         const std::function<void(int, int)> &progress)
{
    if (options.organisations < 0)
        return fail(Error::Code::InvalidArgument,
                    u"the number of organisations cannot be negative"_s);
    Generator generator(replica, options);
    PES_TRY(generator.run(progress));
    return generator.created;
}

} // namespace pes
