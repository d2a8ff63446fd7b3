#include "deployment.h"

#include "textutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deployment)
};

// Reads typed values out of JSON, recording one problem per wrong or missing field.
class Reader
{
public:
    explicit Reader(QList<Problem> &problems)
        : m_problems(problems)
    {
    }

    void error(const QString &field, const QString &message)
    {
        m_problems.append({Problem::Severity::Error, field, message, {}});
    }

    bool has(const QJsonObject &o, const QString &key) const { return o.contains(key); }

    QString string(const QJsonObject &o, const QString &key, const QString &field, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(field, Tr::tr("%1: this field is required.").arg(field));
            return fallback;
        }
        if (!v.isString()) {
            error(field, Tr::tr("%1: a text value is expected.").arg(field));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject &o, const QString &key, const QString &field, bool required,
                   qint64 fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(field, Tr::tr("%1: this field is required.").arg(field));
            return fallback;
        }
        if (m_inexact.contains(field)) {
            error(field, Tr::tr("%1: a whole number is expected.").arg(field));
            return fallback;
        }
        const double d = v.toDouble(-1.5);
        // Range first: converting an out-of-range double to qint64 is undefined behaviour.
        if (!v.isDouble() || d < -1e15 || d > 1e15 ||
            d != static_cast<double>(static_cast<qint64>(d))) {
            error(field, Tr::tr("%1: a whole number is expected.").arg(field));
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &field, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            error(field, Tr::tr("%1: true or false is expected.").arg(field));
            return fallback;
        }
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &field,
                       bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(field, Tr::tr("%1: this field is required.").arg(field));
            return {};
        }
        if (!v.isObject()) {
            error(field, Tr::tr("%1: an object is expected.").arg(field));
            return {};
        }
        return v.toObject();
    }

    // A list of at most max entries; a longer one is refused whole (nothing of it is read).
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &field, bool required,
                     qsizetype max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(field, Tr::tr("%1: this field is required.").arg(field));
            return {};
        }
        if (auto it = m_oversized.constFind(field); it != m_oversized.cend()) {
            tooMany(field, *it, max);
            return {};
        }
        if (!v.isArray()) {
            error(field, Tr::tr("%1: a list is expected.").arg(field));
            return {};
        }
        const QJsonArray a = v.toArray();
        return tooMany(field, a.size(), max) ? QJsonArray() : a;
    }

    // A list or object over its limit is refused whole: nothing of it is read.
    bool tooMany(const QString &field, qsizetype size, qsizetype max)
    {
        if (size <= max)
            return false;
        error(field,
              Tr::tr("%1: %2 entries at most (this file has %3).").arg(field).arg(max).arg(size));
        return true;
    }

    // Keys of o that the format does not know: an error each, naming the key, with the
    // closest known key when one is close (a typo must never fall back to a default).
    void onlyKnownKeys(const QJsonObject &o, const QString &field, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            if (++m_unknownKeys > 50)
                return; // enough to see the mistake; a file of unknown keys stays cheap
            const QString f = childField(field, it.key());
            const QString guess = closestMatch(it.key(), known);
            if (!guess.isEmpty())
                error(f, Tr::tr("%1: unknown key; did you mean \"%2\"?").arg(f, guess));
            else
                error(
                    f,
                    Tr::tr("%1: unknown key; the keys here are: %2.").arg(f, known.join(u", "_qs)));
        }
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &field,
                        bool required, qsizetype max, const QStringList &fallback = {})
    {
        if (!o.contains(key)) {
            if (required)
                error(field, Tr::tr("%1: this field is required.").arg(field));
            return fallback;
        }
        const QJsonArray a = array(o, key, field, required, max);
        QStringList out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a.at(i).isString())
                error(item, Tr::tr("%1: a text value is expected.").arg(item));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    // "parent.key", the key shown safely (it comes from the file); an empty key as "".
    static QString childField(const QString &parent, const QString &key)
    {
        const QString shownKey = key.isEmpty() ? u"\"\""_qs : printable(key);
        return parent.isEmpty() ? shownKey : parent + u'.' + shownKey;
    }

    void setRawScan(const QSet<QString> &inexact, const QHash<QString, qsizetype> &oversized)
    {
        m_inexact = inexact;
        m_oversized = oversized;
    }

    // The size of a top-level list or object that was over its limit (it was not parsed).
    qsizetype oversized(const QString &field) const { return m_oversized.value(field, -1); }

private:
    QList<Problem> &m_problems;
    int m_unknownKeys = 0;
    QSet<QString> m_inexact;
    QHash<QString, qsizetype> m_oversized;
};

// The text of a JSON string (between its quotes, escapes as JSON writes them).
QString decodeJsonString(const char *s, qsizetype length)
{
    QString out;
    QByteArray chunk;
    for (qsizetype k = 0; k < length;) {
        if (s[k] != '\\') {
            chunk += s[k++];
            continue;
        }
        out += QString::fromUtf8(chunk);
        chunk.clear();
        if (k + 1 >= length)
            break;
        const char e = s[k + 1];
        k += 2;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            if (k + 4 <= length) {
                bool ok = false;
                const ushort unit = QByteArray(s + k, 4).toUShort(&ok, 16);
                out += QChar(ok ? unit : 0xfffd);
                k += 4;
            }
            break;
        default:
            out += QLatin1Char(e);
            break;
        }
    }
    out += QString::fromUtf8(chunk);
    return out;
}

// The integer keys of the format: their raw text must be an integer literal.
bool isIntegerKey(const char *key, qsizetype length)
{
    static const char *const keys[] = {"format", "port", "uid", "gid", "min", "max"};
    for (const char *k : keys) {
        if (qsizetype(std::strlen(k)) == length && std::memcmp(k, key, length) == 0)
            return true;
    }
    return false;
}

// The limit of a top-level list (or of component_catalog), -1 for other keys, -2 for a key
// the format does not know.
int topLevelLimit(const QString &key)
{
    if (key == u"hosts")
        return kMaxHosts;
    if (key == u"components")
        return kMaxComponents;
    if (key == u"accounts")
        return kMaxAccounts;
    if (key == u"extra_packages")
        return kMaxExtraPackages;
    if (key == u"component_catalog")
        return kMaxCatalogEntries;
    static const QStringList others = {u"format"_qs, u"name"_qs, u"database"_qs, u"nfs"_qs,
                                       u"id_range"_qs};
    return others.contains(key) ? -1 : -2;
}

// Where a container sits in the format, as far as the scan needs it: which keys an object
// knows and what their values are. A container at a place where the reader expects a scalar,
// or under a key the format does not know, is never read (the reader reports it the same way
// for null): the scan skips it.
enum class Shape : quint8 {
    Free,       // not checked (inside a skipped value, or below what the reader reads)
    Skip,       // never read
    Top,        // the file
    Hosts,      // list of host objects
    Accounts,   // list of account objects
    Strings,    // list of text values
    Host,       // object of scalars
    Account,    // object of scalars
    Database,   // host, port, components
    Scalars,    // nfs, id_range, database.components.<c>: object of scalars
    Catalog,    // component_catalog: any key, an object each
    DbAccesses, // database.components: any key, an object each
    Component,  // component_catalog.<c>
};

// The shape of a container opened as the value of key in an object of shape parent (or as an
// item of a list of shape parent when key is null).
Shape shapeOf(Shape parent, const QString *key, bool object)
{
    auto is = [key](const char16_t *k) {
        return key && *key == QStringView(k);
    };
    switch (parent) {
    case Shape::Top:
        if (is(u"hosts"))
            return object ? Shape::Skip : Shape::Hosts;
        if (is(u"accounts"))
            return object ? Shape::Skip : Shape::Accounts;
        if (is(u"components") || is(u"extra_packages"))
            return object ? Shape::Skip : Shape::Strings;
        if (is(u"database"))
            return object ? Shape::Database : Shape::Skip;
        if (is(u"nfs") || is(u"id_range"))
            return object ? Shape::Scalars : Shape::Skip;
        if (is(u"component_catalog"))
            return object ? Shape::Catalog : Shape::Skip;
        return Shape::Skip; // format, name, or a key the format does not know
    case Shape::Hosts:
        return object ? Shape::Host : Shape::Skip;
    case Shape::Accounts:
        return object ? Shape::Account : Shape::Skip;
    case Shape::Database:
        return is(u"components") && object ? Shape::DbAccesses : Shape::Skip;
    case Shape::Catalog:
        return object ? Shape::Component : Shape::Skip;
    case Shape::DbAccesses:
        return object ? Shape::Scalars : Shape::Skip;
    case Shape::Component:
        return (is(u"packages") || is(u"crons")) && !object ? Shape::Strings : Shape::Skip;
    case Shape::Strings:
    case Shape::Host:
    case Shape::Account:
    case Shape::Scalars:
        return Shape::Skip;
    case Shape::Free:
    case Shape::Skip:
        break;
    }
    return Shape::Free;
}

// What one pass over the raw bytes finds that QJsonDocument does not tell.
struct RawScan
{
    QStringList duplicates;       // paths of keys that appear twice in the same object
    QSet<QString> inexactNumbers; // integer fields written with '.', 'e' or 'E' (2.102e3)
    // Values that are never read, replaced by null before parsing: the value of a key the
    // format does not know, a top-level list over its limit (its size in oversized). The
    // file is refused for them anyway; parsing megabytes of them would only cost time.
    QList<std::pair<qsizetype, qsizetype>> skipped; // [begin, end] byte offsets
    QHash<QString, qsizetype> oversized;
};

quint64 fnv1a(const char *s, qsizetype length)
{
    quint64 h = 14695981039346656037ULL;
    for (qsizetype k = 0; k < length; ++k) {
        h ^= static_cast<unsigned char>(s[k]);
        h *= 1099511628211ULL;
    }
    return h;
}

// One pass over the bytes, linear in the size of the file: duplicate keys (QJsonDocument
// keeps the last value silently, so a reviewer would read a value that is not the one used),
// integer fields not written as integers, and the values parsing can skip. Keys are kept as
// offsets into the bytes with their hash, in one vector shared by the open objects (an
// object's keys are dropped when it closes); an object of many keys gets a hash table. At most
// 20 duplicates are reported; past them, keys are no longer looked at. A document nested deeper
// than QJsonDocument accepts stops the scan (nothing is skipped: parsing reports it).
RawScan scanRaw(const QByteArray &json)
{
    RawScan out;
    struct Key
    {
        quint64 hash;
        qsizetype start;
        qsizetype length;
        bool escaped;
    };
    struct Frame
    {
        bool object = false;
        bool expectKey = true;
        bool nonEmpty = false;
        qsizetype index = 0;    // the array's current index
        qsizetype keyStart = 0; // the object's current key (offset, length)
        qsizetype keyLength = 0;
        qsizetype keysBegin = 0; // where this object's keys begin in keys
        qsizetype count = 0;     // keys of the object
        qsizetype start = 0;     // offset of '{' or '['
        int topLevelLimit = -1;  // for the value of a top-level key: its limit
        Shape shape = Shape::Free;
        QString topLevelKey;
        std::unordered_multimap<quint64, qsizetype> *many = nullptr; // owned by tables
    };
    const char *p = json.constData();
    const qsizetype n = json.size();
    // The open objects' keys: a plain buffer (a std::vector call per key is slow in Debug).
    std::unique_ptr<Key[]> keyBuffer(new Key[64]);
    Key *keyData = keyBuffer.get();
    qsizetype keyCapacity = 64;
    std::vector<std::unique_ptr<std::unordered_multimap<quint64, qsizetype>>> tables;
    qsizetype keyCount = 0;
    std::vector<Frame> stack;
    auto keyText = [p](const Key &k) {
        return k.escaped ? decodeJsonString(p + k.start, k.length)
                         : QString::fromUtf8(p + k.start, k.length);
    };
    auto sameKey = [&](const Key &a, const Key &b) {
        if (!a.escaped && !b.escaped)
            return a.length == b.length && std::memcmp(p + a.start, p + b.start, a.length) == 0;
        return keyText(a) == keyText(b);
    };
    // The path of the current value: each open object's current key, each array's index.
    auto path = [&]() {
        QString field;
        for (const Frame &f : stack) {
            if (f.object) {
                field = Reader::childField(
                    field, keyText({0, f.keyStart, f.keyLength,
                                    std::memchr(p + f.keyStart, '\\', f.keyLength) != nullptr}));
            } else {
                field += QStringLiteral("[%1]").arg(f.index);
            }
        }
        return field;
    };
    // The hot loop stays plain (pointers, no call per byte): it must be fast in a Debug build.
    Frame *top = nullptr; // the innermost open container
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        } else if (c == '"') {
            const qsizetype start = ++i;
            bool escaped = false;
            while (i < n && p[i] != '"') {
                if (p[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            const qsizetype length = (i < n ? i : n) - start;
            if (!top || !top->object || !top->expectKey) {
                if (top)
                    top->nonEmpty = true;
                continue; // a value
            }
            top->keyStart = start;
            top->keyLength = length;
            ++top->count;
            if (out.duplicates.size() >= 20)
                continue; // enough to see the mistake: the rest is not looked at
            Key key{0, start, length, escaped};
            if (escaped) {
                const QByteArray utf8 = keyText(key).toUtf8();
                key.hash = fnv1a(utf8.constData(), utf8.size());
            } else {
                quint64 h = 14695981039346656037ULL; // FNV-1a, inline (hot)
                for (qsizetype k = start; k < start + length; ++k) {
                    h ^= static_cast<unsigned char>(p[k]);
                    h *= 1099511628211ULL;
                }
                key.hash = h;
            }
            bool twice = false;
            if (top->many) {
                auto range = top->many->equal_range(key.hash);
                for (auto it = range.first; it != range.second && !twice; ++it)
                    twice = sameKey(keyData[it->second], key);
            } else {
                const Key *k = keyData + top->keysBegin;
                const Key *end = keyData + keyCount;
                for (; k != end && !twice; ++k)
                    twice = k->hash == key.hash && sameKey(*k, key);
            }
            if (twice) {
                out.duplicates.append(path());
                continue;
            }
            if (keyCount == keyCapacity) {
                std::unique_ptr<Key[]> larger(new Key[2 * keyCapacity]);
                std::copy(keyData, keyData + keyCount, larger.get());
                keyBuffer = std::move(larger);
                keyData = keyBuffer.get();
                keyCapacity *= 2;
            }
            keyData[keyCount++] = key;
            const qsizetype count = keyCount - top->keysBegin;
            if (top->many) {
                top->many->emplace(key.hash, keyCount - 1);
            } else if (count > 32) {
                tables.push_back(std::make_unique<std::unordered_multimap<quint64, qsizetype>>());
                top->many = tables.back().get();
                for (qsizetype k = top->keysBegin; k < keyCount; ++k)
                    top->many->emplace(keyData[k].hash, k);
            }
        } else if (c == ',') {
            if (top) {
                if (top->object)
                    top->expectKey = true;
                else
                    ++top->index;
            }
        } else if (c == ':') {
            if (top)
                top->expectKey = false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (top)
                top->nonEmpty = true;
            qsizetype j = i;
            bool inexact = false;
            while (j < n && (p[j] == '-' || p[j] == '+' || p[j] == '.' || p[j] == 'e' ||
                             p[j] == 'E' || (p[j] >= '0' && p[j] <= '9'))) {
                inexact |= p[j] == '.' || p[j] == 'e' || p[j] == 'E';
                ++j;
            }
            i = j - 1;
            if (inexact && top && top->object && stack.size() <= 3 &&
                out.inexactNumbers.size() < 1000 && isIntegerKey(p + top->keyStart, top->keyLength))
                out.inexactNumbers.insert(path());
        } else if (c == '{' || c == '[') {
            if (top)
                top->nonEmpty = true;
            if (stack.size() > 1100) { // QJsonDocument refuses past 1024
                out.skipped.clear();
                out.oversized.clear();
                return out;
            }
            Frame f;
            f.object = c == '{';
            f.start = i;
            f.keysBegin = keyCount;
            if (top && (top->shape == Shape::Free || top->shape == Shape::Skip)) {
                f.shape = Shape::Free; // inside what is skipped: no key to look at
            } else if (top && top->object) {
                const QString key =
                    keyText({0, top->keyStart, top->keyLength,
                             std::memchr(p + top->keyStart, '\\', top->keyLength) != nullptr});
                f.shape = shapeOf(top->shape, &key, f.object);
                if (stack.size() == 1) {
                    f.topLevelKey = key;
                    f.topLevelLimit = topLevelLimit(key);
                }
            } else if (top) {
                f.shape = shapeOf(top->shape, nullptr, f.object);
            } else {
                f.shape = f.object ? Shape::Top : Shape::Free;
            }
            stack.push_back(std::move(f));
            top = &stack.back();
        } else if (c == '}' || c == ']') {
            if (!top)
                continue;
            const qsizetype size = top->object ? top->count : (top->nonEmpty ? top->index + 1 : 0);
            const bool oversized = top->topLevelLimit >= 0 && size > top->topLevelLimit;
            if (oversized)
                out.oversized.insert(top->topLevelKey, size);
            if (top->shape == Shape::Skip || oversized) {
                // What was skipped inside is part of this range.
                while (!out.skipped.isEmpty() && out.skipped.last().first > top->start)
                    out.skipped.removeLast();
                out.skipped.append({top->start, i});
            }
            keyCount = top->keysBegin;
            if (top->many)
                tables.pop_back(); // the last one made: deeper objects closed before this one
            stack.pop_back();
            top = stack.empty() ? nullptr : &stack.back();
        } else if (c == 't' || c == 'f' || c == 'n') {
            if (top)
                top->nonEmpty = true;
        }
    }
    return out;
}

ComponentInfo componentFromJson(const QString &name, const QJsonObject &o,
                                const ComponentInfo &base, Reader &r, const QString &field)
{
    static const QStringList known = {u"packages"_qs, u"user"_qs, u"service"_qs, u"supervisor"_qs,
                                      u"django"_qs,   u"etc"_qs,  u"var_lib"_qs, u"crons"_qs};
    r.onlyKnownKeys(o, field, known);
    ComponentInfo c = base;
    c.name = name;
    if (o.contains(u"packages"_qs))
        c.packages =
            r.strings(o, u"packages"_qs, field + u".packages"_qs, false, kMaxComponentListItems);
    c.user = r.string(o, u"user"_qs, field + u".user"_qs, false, c.user);
    c.service = r.string(o, u"service"_qs, field + u".service"_qs, false, c.service);
    c.supervisor = r.boolean(o, u"supervisor"_qs, field + u".supervisor"_qs, c.supervisor);
    c.django = r.boolean(o, u"django"_qs, field + u".django"_qs, c.django);
    c.etcDir = r.string(o, u"etc"_qs, field + u".etc"_qs, false, c.etcDir);
    c.varLibDir = r.string(o, u"var_lib"_qs, field + u".var_lib"_qs, false, c.varLibDir);
    if (o.contains(u"crons"_qs))
        c.crons = r.strings(o, u"crons"_qs, field + u".crons"_qs, false, kMaxComponentListItems);
    return c;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QString roleName(HostRole role)
{
    return role == HostRole::Primary ? u"primary"_qs : u"secondary"_qs;
}

QString authName(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Agent:
        return u"agent"_qs;
    case AuthMethod::Key:
        return u"key"_qs;
    case AuthMethod::Password:
        return u"password"_qs;
    }
    return u"agent"_qs;
}

ComponentInfo defaultComponent(const QString &name)
{
    ComponentInfo c;
    c.name = name;
    c.packages = {name};
    c.user = name;
    c.service = name;
    c.etcDir = u"/etc/"_qs + name;
    c.varLibDir = u"/var/lib/"_qs + name;
    return c;
}

QMap<QString, ComponentInfo> builtinCatalog()
{
    static const QMap<QString, ComponentInfo> catalog = [] {
        QMap<QString, ComponentInfo> out;
        QFile f(u":/phw/engine/components.json"_qs);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in component catalog missing");
        const QJsonObject all =
            QJsonDocument::fromJson(f.readAll()).object().value(u"components"_qs).toObject();
        QList<Problem> problems;
        Reader r(problems);
        for (auto it = all.begin(); it != all.end(); ++it)
            out.insert(it.key(), componentFromJson(it.key(), it.value().toObject(),
                                                   defaultComponent(it.key()), r, it.key()));
        if (!problems.isEmpty())
            qFatal("built-in component catalog is malformed");
        return out;
    }();
    return catalog;
}

const Host *Deployment::primary() const
{
    for (const Host &h : hosts) {
        if (h.role == HostRole::Primary)
            return &h;
    }
    return nullptr;
}

QList<Host> Deployment::secondaries() const
{
    QList<Host> out;
    for (const Host &h : hosts) {
        if (h.role == HostRole::Secondary)
            out.append(h);
    }
    return out;
}

QList<Host> Deployment::orderedHosts() const
{
    QList<Host> out;
    if (const Host *p = primary())
        out.append(*p);
    out.append(secondaries());
    return out;
}

ComponentInfo Deployment::component(const QString &componentName) const
{
    if (auto it = catalogOverrides.constFind(componentName); it != catalogOverrides.cend())
        return *it;
    const QMap<QString, ComponentInfo> &catalog = builtinCatalog();
    if (auto it = catalog.constFind(componentName); it != catalog.cend())
        return *it;
    return defaultComponent(componentName);
}

QList<ComponentInfo> Deployment::componentInfos() const
{
    QList<ComponentInfo> out;
    for (const QString &c : components)
        out.append(component(c));
    return out;
}

QString Deployment::homeOf(const Account &account) const
{
    if (!account.home.isEmpty())
        return account.home;
    for (const ComponentInfo &c : componentInfos()) {
        if (c.user == account.user && !c.varLibDir.isEmpty())
            return c.varLibDir;
    }
    return u"/var/lib/"_qs + account.user;
}

QJsonObject Deployment::toJson() const
{
    QJsonObject root;
    root.insert(u"format"_qs, format);
    root.insert(u"name"_qs, name);
    QJsonArray hostArray;
    for (const Host &h : hosts) {
        QJsonObject o;
        o.insert(u"name"_qs, h.name);
        o.insert(u"address"_qs, h.address);
        o.insert(u"port"_qs, h.port);
        o.insert(u"user"_qs, h.user);
        o.insert(u"sudo"_qs, h.sudo);
        o.insert(u"auth"_qs, authName(h.auth));
        o.insert(u"key_file"_qs, h.keyFile);
        o.insert(u"role"_qs, roleName(h.role));
        hostArray.append(o);
    }
    root.insert(u"hosts"_qs, hostArray);
    root.insert(u"components"_qs, toArray(components));
    QJsonArray accountArray;
    for (const Account &a : accounts) {
        QJsonObject o;
        o.insert(u"user"_qs, a.user);
        o.insert(u"uid"_qs, a.uid);
        o.insert(u"gid"_qs, a.gid);
        if (!a.home.isEmpty())
            o.insert(u"home"_qs, a.home);
        accountArray.append(o);
    }
    root.insert(u"accounts"_qs, accountArray);
    QJsonObject db;
    db.insert(u"host"_qs, database.host);
    db.insert(u"port"_qs, database.port);
    QJsonObject dbComponents;
    for (auto it = database.components.cbegin(); it != database.components.cend(); ++it)
        dbComponents.insert(it.key(), QJsonObject{{u"name"_qs, it->name}, {u"user"_qs, it->user}});
    db.insert(u"components"_qs, dbComponents);
    root.insert(u"database"_qs, db);
    root.insert(u"nfs"_qs,
                QJsonObject{{u"mount"_qs, nfs.mount}, {u"publik_dir"_qs, nfs.publikDir}});
    root.insert(u"extra_packages"_qs, toArray(extraPackages));
    root.insert(u"id_range"_qs, QJsonObject{{u"min"_qs, idRange.min}, {u"max"_qs, idRange.max}});
    if (!catalogOverrides.isEmpty()) {
        QJsonObject catalog;
        for (const ComponentInfo &c : catalogOverrides) {
            QJsonObject o;
            o.insert(u"packages"_qs, toArray(c.packages));
            o.insert(u"user"_qs, c.user);
            o.insert(u"service"_qs, c.service);
            o.insert(u"supervisor"_qs, c.supervisor);
            o.insert(u"django"_qs, c.django);
            o.insert(u"etc"_qs, c.etcDir);
            o.insert(u"var_lib"_qs, c.varLibDir);
            o.insert(u"crons"_qs, toArray(c.crons));
            catalog.insert(c.name, o);
        }
        root.insert(u"component_catalog"_qs, catalog);
    }
    return root;
}

QByteArray Deployment::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

LoadResult loadDeployment(const QByteArray &json)
{
    LoadResult result;
    QList<Problem> &problems = result.problems;
    Reader r(problems);
    Deployment &d = result.deployment;

    if (json.size() > kMaxDeploymentFileSize) {
        r.error(u"(file)"_qs, Tr::tr("The deployment file is larger than %1 MiB; a deployment "
                                     "file is a few kilobytes: check that it is the right file.")
                                  .arg(kMaxDeploymentFileSize / (1024 * 1024)));
        return result;
    }
    const RawScan scan = scanRaw(json);
    // The values that are never read are left out of parsing (the file is refused for them).
    QByteArray reduced;
    if (!scan.skipped.isEmpty()) {
        reduced.reserve(json.size());
        qsizetype from = 0;
        for (const auto &[begin, end] : scan.skipped) {
            reduced.append(json.constData() + from, begin - from);
            reduced.append("null");
            from = end + 1;
        }
        reduced.append(json.constData() + from, json.size() - from);
    }
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(reduced.isNull() ? json : reduced, &parseError);
    if (parseError.error != QJsonParseError::NoError && !reduced.isNull())
        doc = QJsonDocument::fromJson(json, &parseError); // the offset in the file as it is
    if (parseError.error != QJsonParseError::NoError) {
        r.error(u"(file)"_qs, Tr::tr("The deployment file is not valid JSON (offset %1: %2).")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString()));
        return result;
    }
    if (!doc.isObject()) {
        r.error(u"(file)"_qs, Tr::tr("The deployment file must contain a JSON object."));
        return result;
    }
    for (const QString &field : scan.duplicates)
        r.error(field,
                Tr::tr("%1: this key appears twice in the same object; keep only one.").arg(field));
    r.setRawScan(scan.inexactNumbers, scan.oversized);
    const QJsonObject root = doc.object();
    r.onlyKnownKeys(root, {},
                    {u"format"_qs, u"name"_qs, u"hosts"_qs, u"components"_qs, u"accounts"_qs,
                     u"database"_qs, u"nfs"_qs, u"extra_packages"_qs, u"id_range"_qs,
                     u"component_catalog"_qs});

    d.format = static_cast<int>(r.integer(root, u"format"_qs, u"format"_qs, true, 1));
    d.name = r.string(root, u"name"_qs, u"name"_qs, true);

    const QJsonArray hostArray = r.array(root, u"hosts"_qs, u"hosts"_qs, true, kMaxHosts);
    for (qsizetype i = 0; i < hostArray.size(); ++i) {
        const QString field = QStringLiteral("hosts[%1]").arg(i);
        if (!hostArray.at(i).isObject()) {
            r.error(field, Tr::tr("%1: an object is expected.").arg(field));
            continue;
        }
        const QJsonObject o = hostArray.at(i).toObject();
        r.onlyKnownKeys(o, field,
                        {u"name"_qs, u"address"_qs, u"port"_qs, u"user"_qs, u"sudo"_qs, u"auth"_qs,
                         u"key_file"_qs, u"role"_qs});
        Host h;
        h.name = r.string(o, u"name"_qs, field + u".name"_qs, true);
        h.address = r.string(o, u"address"_qs, field + u".address"_qs, true);
        const qint64 port = r.integer(o, u"port"_qs, field + u".port"_qs, false, 22);
        h.port = (port >= 0 && port <= 0xffff) ? static_cast<int>(port) : -1;
        h.user = r.string(o, u"user"_qs, field + u".user"_qs, false, u"root"_qs);
        h.sudo = r.boolean(o, u"sudo"_qs, field + u".sudo"_qs, false);
        const QString auth = r.string(o, u"auth"_qs, field + u".auth"_qs, false, u"agent"_qs);
        if (auth == u"agent")
            h.auth = AuthMethod::Agent;
        else if (auth == u"key")
            h.auth = AuthMethod::Key;
        else if (auth == u"password")
            h.auth = AuthMethod::Password;
        else
            r.error(field + u".auth"_qs, Tr::tr("%1: expected \"agent\", \"key\" or \"password\".")
                                             .arg(field + u".auth"_qs));
        h.keyFile = r.string(o, u"key_file"_qs, field + u".key_file"_qs, false);
        const QString role = r.string(o, u"role"_qs, field + u".role"_qs, true);
        if (role == u"primary")
            h.role = HostRole::Primary;
        else if (role == u"secondary")
            h.role = HostRole::Secondary;
        else if (!role.isEmpty() || o.contains(u"role"_qs))
            r.error(field + u".role"_qs,
                    Tr::tr("%1: expected \"primary\" or \"secondary\".").arg(field + u".role"_qs));
        d.hosts.append(h);
    }

    d.components = r.strings(root, u"components"_qs, u"components"_qs, true, kMaxComponents);

    const QJsonArray accountArray =
        r.array(root, u"accounts"_qs, u"accounts"_qs, true, kMaxAccounts);
    for (qsizetype i = 0; i < accountArray.size(); ++i) {
        const QString field = QStringLiteral("accounts[%1]").arg(i);
        if (!accountArray.at(i).isObject()) {
            r.error(field, Tr::tr("%1: an object is expected.").arg(field));
            continue;
        }
        const QJsonObject o = accountArray.at(i).toObject();
        r.onlyKnownKeys(o, field, {u"user"_qs, u"uid"_qs, u"gid"_qs, u"home"_qs});
        Account a;
        a.user = r.string(o, u"user"_qs, field + u".user"_qs, true);
        a.uid = r.integer(o, u"uid"_qs, field + u".uid"_qs, true);
        a.gid = r.integer(o, u"gid"_qs, field + u".gid"_qs, true);
        a.home = r.string(o, u"home"_qs, field + u".home"_qs, false);
        d.accounts.append(a);
    }

    // An object that is there, even empty, has its required fields reported one by one.
    const QJsonObject db = r.object(root, u"database"_qs, u"database"_qs, true);
    if (root.value(u"database"_qs).isObject()) {
        r.onlyKnownKeys(db, u"database"_qs, {u"host"_qs, u"port"_qs, u"components"_qs});
        d.database.host = r.string(db, u"host"_qs, u"database.host"_qs, true);
        const qint64 port = r.integer(db, u"port"_qs, u"database.port"_qs, false, 5432);
        d.database.port = (port >= 0 && port <= 0xffff) ? static_cast<int>(port) : -1;
        QJsonObject comps = r.object(db, u"components"_qs, u"database.components"_qs, true);
        if (r.tooMany(u"database.components"_qs, comps.size(), kMaxComponents))
            comps = {};
        for (auto it = comps.begin(); it != comps.end(); ++it) {
            const QString field = Reader::childField(u"database.components"_qs, it.key());
            if (!it.value().isObject()) {
                r.error(field, Tr::tr("%1: an object is expected.").arg(field));
                continue;
            }
            const QJsonObject o = it.value().toObject();
            r.onlyKnownKeys(o, field, {u"name"_qs, u"user"_qs});
            DatabaseAccess access;
            access.name = r.string(o, u"name"_qs, field + u".name"_qs, true);
            access.user = r.string(o, u"user"_qs, field + u".user"_qs, true);
            d.database.components.insert(it.key(), access);
        }
    }

    const QJsonObject nfs = r.object(root, u"nfs"_qs, u"nfs"_qs, true);
    if (root.value(u"nfs"_qs).isObject()) {
        r.onlyKnownKeys(nfs, u"nfs"_qs, {u"mount"_qs, u"publik_dir"_qs});
        d.nfs.mount = r.string(nfs, u"mount"_qs, u"nfs.mount"_qs, true);
        d.nfs.publikDir = r.string(nfs, u"publik_dir"_qs, u"nfs.publik_dir"_qs, true);
    }

    d.extraPackages =
        r.strings(root, u"extra_packages"_qs, u"extra_packages"_qs, false, kMaxExtraPackages);

    if (root.contains(u"id_range"_qs)) {
        const QJsonObject range = r.object(root, u"id_range"_qs, u"id_range"_qs, false);
        r.onlyKnownKeys(range, u"id_range"_qs, {u"min"_qs, u"max"_qs});
        d.idRange.min = r.integer(range, u"min"_qs, u"id_range.min"_qs, false, d.idRange.min);
        d.idRange.max = r.integer(range, u"max"_qs, u"id_range.max"_qs, false, d.idRange.max);
    }

    if (root.contains(u"component_catalog"_qs)) {
        const qsizetype over = r.oversized(u"component_catalog"_qs);
        QJsonObject catalog =
            over >= 0 ? QJsonObject()
                      : r.object(root, u"component_catalog"_qs, u"component_catalog"_qs, false);
        if (r.tooMany(u"component_catalog"_qs, over >= 0 ? over : catalog.size(),
                      kMaxCatalogEntries))
            catalog = {};
        const QMap<QString, ComponentInfo> &builtin = builtinCatalog();
        for (auto it = catalog.begin(); it != catalog.end(); ++it) {
            const QString field = Reader::childField(u"component_catalog"_qs, it.key());
            if (!it.value().isObject()) {
                r.error(field, Tr::tr("%1: an object is expected.").arg(field));
                continue;
            }
            const ComponentInfo base = builtin.value(it.key(), defaultComponent(it.key()));
            d.catalogOverrides.insert(
                it.key(), componentFromJson(it.key(), it.value().toObject(), base, r, field));
        }
    }
    return result;
}

LoadResult loadDeploymentFile(const QString &path)
{
    auto failed = [&path](const QString &reason) {
        LoadResult result;
        result.problems.append(
            {Problem::Severity::Error,
             u"(file)"_qs,
             Tr::tr("Cannot read the deployment file %1: %2.").arg(printable(path, 200), reason),
             {}});
        return result;
    };
    const QByteArray native = QFile::encodeName(path);
    if (path.isEmpty() || native.contains('\0'))
        return failed(systemReason(ENOENT));
    // Non-blocking open: a FIFO without a writer must not hang the command.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return failed(systemReason(errno));
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return failed(systemReason(errno));
    if (S_ISDIR(st.st_mode))
        return failed(systemReason(EISDIR));
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        return failed(Tr::tr("it is a device or a socket, not a file"));
    const QString tooLarge = Tr::tr("it is larger than %1 MiB; a deployment file is a few "
                                    "kilobytes: check that it is the right file")
                                 .arg(kMaxDeploymentFileSize / (1024 * 1024));
    if (S_ISREG(st.st_mode) && st.st_size > kMaxDeploymentFileSize)
        return failed(tooLarge);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    // At most one byte more than the limit: a file that grows, or a pipe, stays bounded.
    QByteArray data;
    if (S_ISREG(st.st_mode))
        data.reserve(static_cast<qsizetype>(st.st_size) + 1);
    char buffer[16384];
    while (data.size() <= kMaxDeploymentFileSize) {
        const size_t wanted =
            std::min<size_t>(sizeof buffer, kMaxDeploymentFileSize + 1 - data.size());
        const ssize_t n = ::read(fd, buffer, wanted);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(systemReason(errno));
        if (n == 0)
            break;
        data.append(buffer, n);
    }
    if (data.size() > kMaxDeploymentFileSize)
        return failed(tooLarge);
    return loadDeployment(data);
}

} // namespace phw
