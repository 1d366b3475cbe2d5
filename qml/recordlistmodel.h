// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"
#include "searchworker.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace pes::desktop {

// Records matching a search and filters, loaded a page at a time as the view
// scrolls (canFetchMore / fetchMore). Queries run in the session's search
// worker; a change of text or filter replaces the rows when the answer comes.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY queryChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY queryChanged)
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY queryChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY queryChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY queryChanged)
    Q_PROPERTY(QString network READ network WRITE setNetwork NOTIFY queryChanged)
    Q_PROPERTY(QString visibility READ visibility WRITE setVisibility NOTIFY queryChanged)
    Q_PROPERTY(QVariantMap fieldEquals READ fieldEquals WRITE setFieldEquals NOTIFY queryChanged)
    Q_PROPERTY(Order order READ order WRITE setOrder NOTIFY queryChanged)
    Q_PROPERTY(bool deleted READ deleted WRITE setDeleted NOTIFY queryChanged)
    Q_PROPERTY(bool withFields READ withFields WRITE setWithFields NOTIFY queryChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY queryChanged)
    Q_PROPERTY(int pageSize MEMBER m_pageSize NOTIFY queryChanged)
    // -1 while the matches are being counted.
    Q_PROPERTY(qint64 total READ total NOTIFY totalChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY totalChanged)
public:
    enum Role {
        IriRole = Qt::UserRole,
        KindRole,
        KindLabelRole,
        TitleRole,
        CityRole,
        PostcodeRole,
        FieldsRole,
    };
    Q_ENUM(Role)
    enum Order { Relevance, Title, TitleDescending, Modified };
    Q_ENUM(Order)

    explicit RecordListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE QString iriAt(int row) const;
    Q_INVOKABLE int indexOf(const QString &iri) const;
    // Runs the query again now (after a change elsewhere).
    Q_INVOKABLE void reload();

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString text() const { return m_query.text; }
    void setText(const QString &text);
    QStringList kinds() const;
    void setKinds(const QStringList &kinds);
    QString tag() const { return m_query.tag; }
    void setTag(const QString &tag);
    QString place() const { return m_query.place; }
    void setPlace(const QString &place);
    QString network() const { return m_query.network; }
    void setNetwork(const QString &network);
    QString visibility() const;
    void setVisibility(const QString &visibility);
    QVariantMap fieldEquals() const;
    void setFieldEquals(const QVariantMap &fields);
    Order order() const { return Order(m_query.order); }
    void setOrder(Order order);
    bool deleted() const { return m_query.deleted; }
    void setDeleted(bool deleted);
    bool withFields() const { return m_withFields; }
    void setWithFields(bool withFields);
    bool active() const { return m_active; }
    void setActive(bool active);
    qint64 total() const { return m_total; }
    bool loading() const { return m_loading; }
    QString errorMessage() const { return m_error; }
    const SearchQuery &query() const { return m_query; } // for the map

Q_SIGNALS:
    void queryChanged();
    void totalChanged();
    void loadingChanged();
    // The first page of a new query is in the model.
    void resultsShown();

private:
    void queryEdited();
    void start(int limit);
    void request(int offset, int limit);
    void requestCount();
    void receive(quintptr requester, int generation, int offset, const QList<SearchRow> &rows,
                 qint64 total, const QString &error);
    void setLoading(bool loading);

    QPointer<ReplicaSession> m_session;
    QMetaObject::Connection m_workerConnection;
    QMetaObject::Connection m_changeConnection;
    SearchQuery m_query;
    bool m_withFields = false;
    bool m_active = true;
    int m_pageSize = 100;
    int m_generation = 0;
    int m_countGeneration = 0;
    int m_requestedLimit = 0;
    bool m_lastPageFull = false;
    bool m_replacing = false; // the next answer replaces every row
    QList<SearchRow> m_rows;
    qint64 m_total = -1;
    bool m_loading = false;
    QString m_error;
    QTimer m_restart; // coalesces several property changes made together
};

} // namespace pes::desktop
