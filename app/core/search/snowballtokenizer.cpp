// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "snowballtokenizer.h"

#include "fts5api.h"

#include <cstring>
#include <libstemmer.h>
#include <new>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pr {
namespace {

using TokenCallback = int (*)(void *context, int flags, const char *token, int size, int start,
                              int end);

// Words longer than this are indexed as they are, unstemmed.
constexpr int kMaxStemmedBytes = 128;

// Stemming is the costly part of indexing, and text repeats its words: remember the stems of
// the words seen so far (a marked stem, or an empty string when the stem is the word itself).
class StemCache {
public:
    static constexpr size_t kMaxEntries = 200000;

    const std::string *find(std::string_view word) const {
        const auto it = m_stems.find(word);
        return it == m_stems.end() ? nullptr : &it->second;
    }
    const std::string &insert(std::string_view word, std::string markedStem) {
        if (m_stems.size() >= kMaxEntries)
            m_stems.clear();
        return m_stems.emplace(std::string(word), std::move(markedStem)).first->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> m_stems;
};

struct Tokenizer {
    fts5_tokenizer parent{};
    Fts5Tokenizer *parentInstance = nullptr;
    sb_stemmer *stemmer = nullptr;
    StemCache cache;
};

struct Call {
    Tokenizer *tokenizer;
    void *callerContext;
    TokenCallback callerToken;
    int flags;
};

int onParentToken(void *context, int flags, const char *token, int size, int start, int end) {
    Call &call = *static_cast<Call *>(context);
    int rc = call.callerToken(call.callerContext, flags, token, size, start, end);
    // Prefixes match words, not stems; snippet() and highlight() (AUX) only need positions.
    if (rc != SQLITE_OK || (call.flags & (FTS5_TOKENIZE_PREFIX | FTS5_TOKENIZE_AUX)) ||
        size > kMaxStemmedBytes)
        return rc;
    const std::string_view word(token, size_t(size));
    const std::string *marked = call.tokenizer->cache.find(word);
    if (!marked) {
        sb_stemmer *stemmer = call.tokenizer->stemmer;
        const sb_symbol *stem =
            sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(token), size);
        if (!stem)
            return SQLITE_NOMEM;
        const std::string_view stemmed(reinterpret_cast<const char *>(stem),
                                       size_t(sb_stemmer_length(stemmer)));
        std::string value;
        if (stemmed != word) {
            value.reserve(stemmed.size() + 1);
            value += SnowballTokenizer::kStemMarker;
            value += stemmed;
        }
        marked = &call.tokenizer->cache.insert(word, std::move(value));
    }
    const bool unchanged = marked->empty();
    const bool isQuery = call.flags & FTS5_TOKENIZE_QUERY;
    // Documents store the marked stem only when it differs from the word; a query looks for
    // the word, its marked stem and its bare stem, which between them find every form.
    if (unchanged && !isQuery)
        return SQLITE_OK;
    if (unchanged) {
        std::string markedWord(1, SnowballTokenizer::kStemMarker);
        markedWord += word;
        return call.callerToken(call.callerContext, FTS5_TOKEN_COLOCATED, markedWord.data(),
                                int(markedWord.size()), start, end);
    }
    rc = call.callerToken(call.callerContext, FTS5_TOKEN_COLOCATED, marked->data(),
                          int(marked->size()), start, end);
    if (rc == SQLITE_OK && isQuery)
        rc = call.callerToken(call.callerContext, FTS5_TOKEN_COLOCATED, marked->data() + 1,
                              int(marked->size()) - 1, start, end);
    return rc;
}

void deleteTokenizer(Fts5Tokenizer *instance) {
    auto *tokenizer = reinterpret_cast<Tokenizer *>(instance);
    if (!tokenizer)
        return;
    if (tokenizer->parentInstance)
        tokenizer->parent.xDelete(tokenizer->parentInstance);
    sb_stemmer_delete(tokenizer->stemmer);
    delete tokenizer;
}

int createTokenizer(void *context, const char **arguments, int argumentCount, Fts5Tokenizer **out) {
    *out = nullptr;
    if (argumentCount < 1)
        return SQLITE_ERROR;
    auto *api = static_cast<fts5_api *>(context);
    auto *tokenizer = new (std::nothrow) Tokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    void *parentContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &parentContext, &tokenizer->parent);
    if (rc == SQLITE_OK)
        rc = tokenizer->parent.xCreate(parentContext, arguments + 1, argumentCount - 1,
                                       &tokenizer->parentInstance);
    if (rc == SQLITE_OK) {
        tokenizer->stemmer = sb_stemmer_new(arguments[0], "UTF_8");
        if (!tokenizer->stemmer)
            rc = SQLITE_ERROR;
    }
    if (rc != SQLITE_OK) {
        deleteTokenizer(reinterpret_cast<Fts5Tokenizer *>(tokenizer));
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int size,
             TokenCallback token) {
    auto *tokenizer = reinterpret_cast<Tokenizer *>(instance);
    Call call{tokenizer, context, token, flags};
    return tokenizer->parent.xTokenize(tokenizer->parentInstance, &call, flags, text, size,
                                       &onParentToken);
}

} // namespace

bool SnowballTokenizer::registerWith(sqlite3 *db, QString *error) {
    fts5_api *api = fts5ApiOf(db);
    if (!api) {
        *error = QStringLiteral("this SQLite has no FTS5");
        return false;
    }
    fts5_tokenizer tokenizer{&createTokenizer, &deleteTokenizer, &tokenize};
    if (api->xCreateTokenizer(api, kName, api, &tokenizer, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace pr
