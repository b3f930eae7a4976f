/*
 * Lua patterns for string.find/match/gmatch/gsub (Lua 5.1 semantics, over bytes) and for
 * mw.ustring.find/match/gmatch/gsub (Scribunto's semantics, over code points), with one matcher.
 *
 * Why not the stock lstrlib: its matcher recurses without a depth limit (a long pattern can
 * overflow the C stack) and cannot be interrupted (a backtracking pattern can run for hours while
 * the count hook never fires). This one counts its recursion and checks the CPU budget every
 * few thousand steps, raising from C frames only.
 *
 * Semantics follow the Lua 5.1 reference manual (section 5.4.1) for bytes, and Scribunto's
 * documented mw.ustring behaviour for code points: %a %l %u %d %p %s %c %w %x are Unicode
 * classes, positions are in code points, "$" at the end also matches before a final newline,
 * and malformed patterns are reported with Scribunto's messages.
 */
#include <stdarg.h>
#include <string.h>
#include "athenaeum_lua.h"

#define ATHEN_MAXCAPTURES 32
#define ATHEN_MATCH_MAXDEPTH 400
#define ATHEN_STEPS_PER_CHECK 20000
#define CAP_UNFINISHED (-1)
#define CAP_POSITION (-2)
#define ATHEN_USTRING_MAX_STRING (2048 * 1024)
#define ATHEN_USTRING_MAX_PATTERN 10000

/* Unicode general category per code point (System.Globalization.UnicodeCategory numbering),
 * 0x110000 entries, set once per process by the host; NULL = ASCII rules only. */
static const unsigned char *athen_ucat;

ATHEN_EXPORT void athen_set_unicode_categories(const unsigned char *table)
{
    athen_ucat = table;
}

typedef struct match_state {
    const void *s; /* subject elements */
    ptrdiff_t slen;
    const void *p; /* pattern elements */
    ptrdiff_t plen;
    int wide;  /* elements are uint32_t code points (else bytes) */
    int ustr;  /* mw.ustring semantics */
    int level; /* captures so far */
    int depth;
    int notempty_at; /* ustring gsub: position where an empty match is refused, or -1 */
    struct {
        ptrdiff_t init;
        ptrdiff_t len;
    } capture[ATHEN_MAXCAPTURES];
    lua_State *L;
    athen_state *st;
    const char *bytes;    /* the subject as bytes (for pushing captures) */
    const uint32_t *offs; /* wide: byte offset of each code point (slen + 1 entries) */
} match_state;

static uint32_t SE(const match_state *ms, ptrdiff_t i)
{
    return ms->wide ? ((const uint32_t *)ms->s)[i] : ((const unsigned char *)ms->s)[i];
}

static uint32_t PE(const match_state *ms, ptrdiff_t i)
{
    return ms->wide ? ((const uint32_t *)ms->p)[i] : ((const unsigned char *)ms->p)[i];
}

/* Errors: the Lua library's carry the caller's position (luaL_error); Scribunto's come from
 * its PHP host and carry none. */
static int pattern_error(match_state *ms, const char *message)
{
    if (ms->ustr) {
        lua_pushstring(ms->L, message);
        return lua_error(ms->L);
    }
    return luaL_error(ms->L, "%s", message);
}

static void count_step(match_state *ms)
{
    if (++ms->st->match_steps >= ATHEN_STEPS_PER_CHECK) {
        ms->st->match_steps = 0;
        athen_check_time(ms->L, ms->st);
    }
}

/* ---- character classes ---- */

static int ascii_class(uint32_t c, uint32_t lower)
{
    int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int digit = c >= '0' && c <= '9';
    switch (lower) {
    case 'a': return alpha;
    case 'c': return c < 32 || c == 127;
    case 'd': return digit;
    case 'l': return c >= 'a' && c <= 'z';
    case 'p': return c > 32 && c < 127 && !alpha && !digit;
    case 's': return c == ' ' || (c >= '\t' && c <= '\r');
    case 'u': return c >= 'A' && c <= 'Z';
    case 'w': return alpha || digit;
    case 'x': return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    case 'z': return c == 0;
    default: return -1;
    }
}

static int unicode_category(uint32_t c)
{
    if (c > 0x10FFFF) {
        return 29;
    }
    if (athen_ucat != NULL) {
        return athen_ucat[c];
    }
    /* fallback: ASCII only */
    if (c >= 'A' && c <= 'Z') return 0;
    if (c >= 'a' && c <= 'z') return 1;
    if (c >= '0' && c <= '9') return 8;
    if (c == ' ') return 11;
    if (c < 32 || c == 127) return 14;
    if (c < 127) return 24;
    return 29;
}

/* Scribunto's classes: %a = L, %c = Cc, %d = Nd, %l = Ll, %p = P, %s = Z or \t\n\v\f\r,
 * %u = Lu, %w = L or Nd, %x = ASCII and fullwidth hex digits, %z = NUL. */
static int unicode_class(uint32_t c, uint32_t lower)
{
    int cat = unicode_category(c);
    switch (lower) {
    case 'a': return cat <= 4;
    case 'c': return cat == 14;
    case 'd': return cat == 8;
    case 'l': return cat == 1;
    case 'p': return cat >= 18 && cat <= 24;
    case 's': return (cat >= 11 && cat <= 13) || (c >= '\t' && c <= '\r');
    case 'u': return cat == 0;
    case 'w': return cat <= 4 || cat == 8;
    case 'x':
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
            || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46);
    case 'z': return c == 0;
    default: return -1;
    }
}

static int match_class(const match_state *ms, uint32_t c, uint32_t cl)
{
    uint32_t lower = (cl >= 'A' && cl <= 'Z') ? cl + 32 : cl;
    int res = ms->ustr ? unicode_class(c, lower) : ascii_class(c, lower);
    if (res < 0) {
        return cl == c;
    }
    return (cl >= 'A' && cl <= 'Z') ? !res : res;
}

/* p is at '[', ec at its closing ']' */
static int match_bracket(const match_state *ms, uint32_t c, ptrdiff_t p, ptrdiff_t ec)
{
    int sig = 1;
    if (PE(ms, p + 1) == '^') {
        sig = 0;
        p++;
    }
    while (++p < ec) {
        uint32_t pc = PE(ms, p);
        if (pc == '%') {
            p++;
            if (match_class(ms, c, PE(ms, p))) {
                return sig;
            }
        } else if (PE(ms, p + 1) == '-' && p + 2 < ec && !(ms->ustr && PE(ms, p + 2) == '%')) {
            p += 2;
            if (PE(ms, p - 2) <= c && c <= PE(ms, p)) {
                return sig;
            }
        } else if (pc == c) {
            return sig;
        }
    }
    return !sig;
}

/* the end of the single-character class starting at p */
static ptrdiff_t class_end(match_state *ms, ptrdiff_t p)
{
    uint32_t c = PE(ms, p++);
    if (c == '%') {
        if (p >= ms->plen) {
            pattern_error(ms, "malformed pattern (ends with '%')");
        }
        return p + 1;
    }
    if (c == '[') {
        if (p < ms->plen && PE(ms, p) == '^') {
            p++;
        }
        do {
            if (p >= ms->plen) {
                pattern_error(ms, "malformed pattern (missing ']')");
            }
            c = PE(ms, p++);
            if (c == '%' && p < ms->plen) {
                p++;
            }
        } while (p >= ms->plen || PE(ms, p) != ']');
        return p + 1;
    }
    return p;
}

static int single_match(const match_state *ms, uint32_t c, ptrdiff_t p, ptrdiff_t ep)
{
    switch (PE(ms, p)) {
    case '.': return 1;
    case '%': return match_class(ms, c, PE(ms, p + 1));
    case '[': return match_bracket(ms, c, p, ep - 1);
    default: return PE(ms, p) == c;
    }
}

static ptrdiff_t do_match(match_state *ms, ptrdiff_t s, ptrdiff_t p);

static ptrdiff_t match(match_state *ms, ptrdiff_t s, ptrdiff_t p)
{
    ptrdiff_t r;
    if (ms->depth >= ATHEN_MATCH_MAXDEPTH) {
        pattern_error(ms, "pattern too complex");
    }
    ms->depth++;
    r = do_match(ms, s, p);
    ms->depth--;
    return r;
}

static ptrdiff_t max_expand(match_state *ms, ptrdiff_t s, ptrdiff_t p, ptrdiff_t ep)
{
    ptrdiff_t i = 0;
    while (s + i < ms->slen && single_match(ms, SE(ms, s + i), p, ep)) {
        i++;
        count_step(ms);
    }
    while (i >= 0) {
        ptrdiff_t r = match(ms, s + i, ep + 1);
        if (r != -1) {
            return r;
        }
        i--;
    }
    return -1;
}

static ptrdiff_t min_expand(match_state *ms, ptrdiff_t s, ptrdiff_t p, ptrdiff_t ep)
{
    for (;;) {
        ptrdiff_t r = match(ms, s, ep + 1);
        if (r != -1) {
            return r;
        }
        if (s < ms->slen && single_match(ms, SE(ms, s), p, ep)) {
            s++;
        } else {
            return -1;
        }
    }
}

static ptrdiff_t start_capture(match_state *ms, ptrdiff_t s, ptrdiff_t p, ptrdiff_t what)
{
    ptrdiff_t r;
    if (ms->level >= ATHEN_MAXCAPTURES) {
        pattern_error(ms, "too many captures");
    }
    ms->capture[ms->level].init = s;
    ms->capture[ms->level].len = what;
    ms->level++;
    r = match(ms, s, p);
    if (r == -1) {
        ms->level--;
    }
    return r;
}

static ptrdiff_t end_capture(match_state *ms, ptrdiff_t s, ptrdiff_t p)
{
    int l;
    ptrdiff_t r;
    for (l = ms->level - 1; l >= 0; l--) {
        if (ms->capture[l].len == CAP_UNFINISHED) {
            break;
        }
    }
    if (l < 0) {
        pattern_error(ms, "invalid pattern capture");
    }
    ms->capture[l].len = s - ms->capture[l].init;
    r = match(ms, s, p);
    if (r == -1) {
        ms->capture[l].len = CAP_UNFINISHED;
    }
    return r;
}

static ptrdiff_t match_balance(match_state *ms, ptrdiff_t s, ptrdiff_t p)
{
    uint32_t b, e;
    int cont = 1;
    if (p + 1 >= ms->plen) {
        pattern_error(ms, "unbalanced pattern");
    }
    if (s >= ms->slen || SE(ms, s) != PE(ms, p)) {
        return -1;
    }
    b = PE(ms, p);
    e = PE(ms, p + 1);
    while (++s < ms->slen) {
        uint32_t c = SE(ms, s);
        count_step(ms);
        if (c == e) {
            if (--cont == 0) {
                return s + 1;
            }
        } else if (c == b) {
            cont++;
        }
    }
    return -1;
}

static ptrdiff_t match_backref(match_state *ms, ptrdiff_t s, uint32_t digit)
{
    int l = (int)digit - '1';
    ptrdiff_t len, i;
    if (l < 0 || l >= ms->level || ms->capture[l].len == CAP_UNFINISHED) {
        pattern_error(ms, "invalid capture index");
    }
    len = ms->capture[l].len;
    if (len < 0 || ms->slen - s < len) {
        return -1;
    }
    for (i = 0; i < len; i++) {
        if (SE(ms, ms->capture[l].init + i) != SE(ms, s + i)) {
            return -1;
        }
    }
    return s + len;
}

static ptrdiff_t do_match(match_state *ms, ptrdiff_t s, ptrdiff_t p)
{
    for (;;) {
        uint32_t pc;
        count_step(ms);
        if (p >= ms->plen) {
            if (s == ms->notempty_at) {
                /* PCRE's NOTEMPTY_ATSTART retry after an empty match (mw.ustring.gsub) */
                return -1;
            }
            return s;
        }
        pc = PE(ms, p);
        switch (pc) {
        case '(':
            if (p + 1 < ms->plen && PE(ms, p + 1) == ')') {
                return start_capture(ms, s, p + 2, CAP_POSITION);
            }
            return start_capture(ms, s, p + 1, CAP_UNFINISHED);
        case ')':
            return end_capture(ms, s, p + 1);
        case '$':
            if (p + 1 == ms->plen) {
                if (s == ms->slen || (ms->ustr && s == ms->slen - 1 && SE(ms, s) == '\n')) {
                    return s == ms->notempty_at ? -1 : s;
                }
                return -1;
            }
            goto dflt;
        case '%':
            if (p + 1 < ms->plen) {
                uint32_t nc = PE(ms, p + 1);
                if (nc == 'b') {
                    s = match_balance(ms, s, p + 2);
                    if (s == -1) {
                        return -1;
                    }
                    p += 4;
                    continue;
                }
                if (nc == 'f') {
                    ptrdiff_t ep;
                    uint32_t prev, cur;
                    p += 2;
                    if (p >= ms->plen || PE(ms, p) != '[') {
                        pattern_error(ms, "missing '[' after '%f' in pattern");
                    }
                    ep = class_end(ms, p);
                    prev = s == 0 ? 0 : SE(ms, s - 1);
                    cur = s < ms->slen ? SE(ms, s) : 0;
                    if (match_bracket(ms, prev, p, ep - 1) || !match_bracket(ms, cur, p, ep - 1)) {
                        return -1;
                    }
                    p = ep;
                    continue;
                }
                if (nc >= '0' && nc <= '9') {
                    s = match_backref(ms, s, nc);
                    if (s == -1) {
                        return -1;
                    }
                    p += 2;
                    continue;
                }
            }
            goto dflt;
        default:
        dflt: {
            ptrdiff_t ep = class_end(ms, p);
            int m = s < ms->slen && single_match(ms, SE(ms, s), p, ep);
            if (ep < ms->plen) {
                uint32_t q = PE(ms, ep);
                if (q == '?') {
                    if (m) {
                        ptrdiff_t r = match(ms, s + 1, ep + 1);
                        if (r != -1) {
                            return r;
                        }
                    }
                    p = ep + 1;
                    continue;
                }
                if (q == '*') {
                    return max_expand(ms, s, p, ep);
                }
                if (q == '+') {
                    return m ? max_expand(ms, s + 1, p, ep) : -1;
                }
                if (q == '-') {
                    return min_expand(ms, s, p, ep);
                }
            }
            if (!m) {
                return -1;
            }
            s++;
            p = ep;
            continue;
        }
        }
    }
}

/* ---- captures ---- */

static void push_slice(match_state *ms, ptrdiff_t a, ptrdiff_t b)
{
    if (ms->wide) {
        lua_pushlstring(ms->L, ms->bytes + ms->offs[a], ms->offs[b] - ms->offs[a]);
    } else {
        lua_pushlstring(ms->L, ms->bytes + a, (size_t)(b - a));
    }
}

static void push_onecapture(match_state *ms, int i, ptrdiff_t s, ptrdiff_t e)
{
    if (i >= ms->level) {
        if (i == 0) {
            push_slice(ms, s, e);
        } else {
            pattern_error(ms, "invalid capture index");
        }
        return;
    }
    if (ms->capture[i].len == CAP_UNFINISHED) {
        pattern_error(ms, "unfinished capture");
    }
    if (ms->capture[i].len == CAP_POSITION) {
        lua_pushinteger(ms->L, (lua_Integer)ms->capture[i].init + 1);
    } else {
        push_slice(ms, ms->capture[i].init, ms->capture[i].init + ms->capture[i].len);
    }
}

/* whole: push the whole match when the pattern has no captures */
static int push_captures(match_state *ms, ptrdiff_t s, ptrdiff_t e, int whole)
{
    int n = (ms->level == 0 && whole) ? 1 : ms->level;
    int i;
    luaL_checkstack(ms->L, n, "too many captures");
    for (i = 0; i < n; i++) {
        push_onecapture(ms, i, s, e);
    }
    return n;
}

static void init_state(match_state *ms, lua_State *L, int ustr)
{
    memset(ms, 0, sizeof(*ms));
    ms->L = L;
    ms->st = athen_get(L);
    ms->ustr = ustr;
    ms->notempty_at = -1;
}

/* ---- Lua 5.1 string library: find, match, gmatch, gsub ---- */

static const char ATHEN_SPECIALS[] = "^$*+?.([%-";

static ptrdiff_t posrelat(lua_Integer pos, size_t len)
{
    if (pos < 0) {
        pos += (lua_Integer)len + 1;
    }
    return pos >= 0 ? (ptrdiff_t)pos : 0;
}

static ptrdiff_t mem_find(const char *s, size_t ls, const char *p, size_t lp)
{
    size_t i;
    if (lp == 0) {
        return 0;
    }
    if (lp > ls) {
        return -1;
    }
    for (i = 0; i + lp <= ls; i++) {
        if (s[i] == p[0] && memcmp(s + i, p, lp) == 0) {
            return (ptrdiff_t)i;
        }
    }
    return -1;
}

static void set_bytes(match_state *ms, const char *s, size_t ls, const char *p)
{
    ms->s = s;
    ms->bytes = s;
    ms->slen = (ptrdiff_t)ls;
    ms->p = p;
    ms->plen = (ptrdiff_t)strlen(p); /* Lua 5.1 patterns end at the first NUL */
}

static int str_find_aux(lua_State *L, int find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    ptrdiff_t init = posrelat(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init < 0) {
        init = 0;
    } else if ((size_t)init > ls) {
        init = (ptrdiff_t)ls;
    }
    if (find && (lua_toboolean(L, 4) || strpbrk(p, ATHEN_SPECIALS) == NULL)) {
        ptrdiff_t at = mem_find(s + init, ls - (size_t)init, p, lp);
        if (at >= 0) {
            lua_pushinteger(L, (lua_Integer)(init + at + 1));
            lua_pushinteger(L, (lua_Integer)(init + at + (ptrdiff_t)lp));
            return 2;
        }
    } else {
        match_state ms;
        int anchor;
        ptrdiff_t s1 = init;
        init_state(&ms, L, 0);
        set_bytes(&ms, s, ls, p);
        anchor = ms.plen > 0 && p[0] == '^';
        ms.p = p + anchor;
        ms.plen -= anchor;
        do {
            ptrdiff_t e;
            ms.level = 0;
            ms.depth = 0;
            e = match(&ms, s1, 0);
            if (e != -1) {
                if (find) {
                    lua_pushinteger(L, (lua_Integer)s1 + 1);
                    lua_pushinteger(L, (lua_Integer)e);
                    return push_captures(&ms, -1, 0, 0) + 2;
                }
                return push_captures(&ms, s1, e, 1);
            }
        } while (s1++ < ms.slen && !anchor);
    }
    lua_pushnil(L);
    return 1;
}

static int str_find(lua_State *L)
{
    return str_find_aux(L, 1);
}

static int str_match(lua_State *L)
{
    return str_find_aux(L, 0);
}

static int gmatch_aux(lua_State *L)
{
    size_t ls;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tostring(L, lua_upvalueindex(2));
    ptrdiff_t src;
    match_state ms;
    init_state(&ms, L, 0);
    set_bytes(&ms, s, ls, p);
    for (src = (ptrdiff_t)lua_tointeger(L, lua_upvalueindex(3)); src <= ms.slen; src++) {
        ptrdiff_t e;
        ms.level = 0;
        ms.depth = 0;
        e = match(&ms, src, 0);
        if (e != -1) {
            lua_Integer next = (lua_Integer)e;
            if (e == src) {
                next++; /* an empty match moves on by one */
            }
            lua_pushinteger(L, next);
            lua_replace(L, lua_upvalueindex(3));
            return push_captures(&ms, src, e, 1);
        }
    }
    return 0;
}

static int str_gmatch(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, gmatch_aux, 3);
    return 1;
}

static void add_template(match_state *ms, luaL_Buffer *b, ptrdiff_t s, ptrdiff_t e)
{
    size_t l, i;
    const char *repl = lua_tolstring(ms->L, 3, &l);
    for (i = 0; i < l; i++) {
        char c = repl[i];
        if (c != '%') {
            luaL_addchar(b, c);
            continue;
        }
        i++;
        c = i < l ? repl[i] : '\0'; /* Lua 5.1 reads the string's terminating NUL here */
        if (c < '0' || c > '9') {
            luaL_addchar(b, c);
        } else if (c == '0') {
            luaL_addlstring(b, ms->bytes + s, (size_t)(e - s));
        } else {
            push_onecapture(ms, c - '1', s, e);
            luaL_addvalue(b);
        }
    }
}

static void add_value(match_state *ms, luaL_Buffer *b, ptrdiff_t s, ptrdiff_t e)
{
    lua_State *L = ms->L;
    switch (lua_type(L, 3)) {
    case LUA_TNUMBER:
    case LUA_TSTRING:
        add_template(ms, b, s, e);
        return;
    case LUA_TFUNCTION: {
        int n;
        lua_pushvalue(L, 3);
        n = push_captures(ms, s, e, 1);
        lua_call(L, n, 1);
        break;
    }
    default: /* table */
        push_onecapture(ms, 0, s, e);
        lua_gettable(L, 3);
        break;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, ms->bytes + s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    }
    luaL_addvalue(b);
}

static int str_gsub(lua_State *L)
{
    size_t ls;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checkstring(L, 2);
    int tr = lua_type(L, 3);
    lua_Integer max_s = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    int anchor;
    lua_Integer n = 0;
    ptrdiff_t s = 0;
    match_state ms;
    luaL_Buffer b;
    luaL_argcheck(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
        "string/function/table expected");
    init_state(&ms, L, 0);
    set_bytes(&ms, src, ls, p);
    anchor = ms.plen > 0 && p[0] == '^';
    ms.p = p + anchor;
    ms.plen -= anchor;
    luaL_buffinit(L, &b);
    while (n < max_s) {
        ptrdiff_t e;
        ms.level = 0;
        ms.depth = 0;
        e = match(&ms, s, 0);
        if (e != -1) {
            n++;
            add_value(&ms, &b, s, e);
        }
        if (e != -1 && e > s) {
            s = e;
        } else if (s < ms.slen) {
            luaL_addchar(&b, src[s++]);
        } else {
            break;
        }
        if (anchor) {
            break;
        }
    }
    luaL_addlstring(&b, src + s, (size_t)(ms.slen - s));
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

#include "athenaeum_ustring.inc"

void athen_open_pattern(lua_State *L)
{
    static const luaL_Reg strlib[] = {
        { "find", str_find },
        { "match", str_match },
        { "gmatch", str_gmatch },
        { "gfind", str_gmatch },
        { "gsub", str_gsub },
        { NULL, NULL }
    };
    const luaL_Reg *r;
    lua_getglobal(L, "string");
    for (r = strlib; r->func != NULL; r++) {
        lua_pushcfunction(L, r->func);
        lua_setfield(L, -2, r->name);
    }
    lua_pop(L, 1);
    athen_open_ustring(L);
}
