/*
 * Athenaeum's native shim around liblua5.1 (see athenaeum_lua.h and docs/scribunto.md, "Safety").
 *
 * The rule it enforces: a Lua error (a longjmp) never crosses a managed frame.
 *  - Host callbacks are reached through athen_trampoline, a C function. The managed dispatcher
 *    returns a status instead of raising; the trampoline raises after the managed frame is gone.
 *  - While the host runs (strict == 0) the allocator never fails, so the non-raising API calls
 *    the host makes (push, rawset, createtable ...) cannot raise "not enough memory". If the host
 *    pushed Lua over its limit, the trampoline raises the memory error once the host returned.
 *  - The CPU limit is checked by a count hook and by the pattern matcher, both in C.
 *  - Every entry from the host into Lua goes through athen_pcall (a protected call).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>
#include <lualib.h>
#include "athenaeum_lua.h"

/* Instructions between two CPU-time checks of the count hook. */
#define ATHEN_HOOK_COUNT 10000
/* Stack kept free below every entry into Lua or into the host (bytes). */
#define ATHEN_STACK_RESERVE (256 * 1024)

static double athen_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The monotonic wall clock: read in user space (vDSO), unlike the thread CPU clock, a system call. */
static double athen_wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

athen_state *athen_get(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (athen_state *)ud;
}

static void *athen_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    athen_state *s = (athen_state *)ud;
    void *p;
    if (nsize == 0) {
        free(ptr);
        s->used -= osize;
        return NULL;
    }
    if (s->strict && nsize > osize && s->used - osize + nsize > s->limit) {
        /* Lua raises LUA_ERRMEM from its own C code; the sandbox's pcall will not catch it. */
        s->fatal = ATHEN_FATAL_MEMORY;
        return NULL;
    }
    p = realloc(ptr, nsize);
    if (p == NULL) {
        if (nsize <= osize) {
            return ptr; /* Lua assumes shrinking never fails */
        }
        if (!s->strict) {
            /* Raising here would longjmp through the host: the process is out of memory anyway. */
            abort();
        }
        s->fatal = ATHEN_FATAL_MEMORY;
        return NULL;
    }
    s->used = s->used - osize + nsize;
    if (s->used > s->peak) {
        s->peak = s->used;
    }
    return p;
}

/* ---- CPU time ---- */

static void athen_timer_on(athen_state *s)
{
    if (s->timer_nest++ == 0) {
        s->cpu_mark = athen_now();
    }
}

static void athen_timer_off(athen_state *s)
{
    if (s->timer_nest > 0 && --s->timer_nest == 0) {
        s->cpu_used += athen_now() - s->cpu_mark;
    }
}

static double athen_elapsed(athen_state *s)
{
    return s->cpu_used + (s->timer_nest > 0 ? athen_now() - s->cpu_mark : 0.0);
}

static int athen_raise_fatal(lua_State *L, athen_state *s, int kind)
{
    int strict = s->strict;
    s->fatal = kind;
    s->strict = 0; /* the message itself must not fail to allocate */
    lua_pushstring(L, kind == ATHEN_FATAL_MEMORY ? ATHEN_MEMORY_MESSAGE : kind == ATHEN_FATAL_ABORT ? "aborted" : ATHEN_TIMEOUT_MESSAGE);
    s->strict = strict;
    return lua_error(L);
}

/* Whether the CPU budget is spent. A thread's CPU time grows no faster than the wall clock, so
 * after a reading that left R seconds of budget, none can be spent before R wall seconds pass:
 * until then the (cheap) wall clock answers, and the CPU clock (a system call, which took a tenth
 * of the render time when read at every host callback) is read only past that deadline. Exact,
 * not sampled: a timeout is seen as soon as it can have happened. */
static int athen_time_over(athen_state *s)
{
    double wall = athen_wall();
    double left;
    if (wall < s->wall_deadline) {
        return 0;
    }
    left = s->cpu_limit - athen_elapsed(s);
    if (left < 0) {
        return 1;
    }
    s->wall_deadline = wall + left;
    return 0;
}

/* Raises the timeout error when the CPU budget is spent. Only called from C frames. */
int athen_check_time(lua_State *L, athen_state *s)
{
    if (athen_time_over(s)) {
        return athen_raise_fatal(L, s, ATHEN_FATAL_TIMEOUT);
    }
    return 0;
}

static void athen_hook(lua_State *L, lua_Debug *ar)
{
    athen_state *s = athen_get(L);
    (void)ar;
    if (s->fatal != ATHEN_FATAL_NONE) {
        /* a pcall caught nothing: keep unwinding until the host's protected call */
        athen_raise_fatal(L, s, s->fatal);
    }
    athen_check_time(L, s);
}

/* ---- stack depth ---- */

static __thread uintptr_t athen_thread_floor;

static uintptr_t athen_stack_floor(void)
{
    if (athen_thread_floor == 0) {
        pthread_attr_t attr;
        void *addr = NULL;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            pthread_attr_getstack(&attr, &addr, &size);
            pthread_attr_destroy(&attr);
        }
        athen_thread_floor = (uintptr_t)addr + 16 * 1024; /* guard page and a margin */
    }
    return athen_thread_floor;
}

/* Whether fewer than `need` bytes of stack are left below the caller. */
int athen_stack_low(athen_state *s, size_t need)
{
    char here;
    uintptr_t sp = (uintptr_t)&here;
    (void)s;
    return sp < athen_stack_floor() + need;
}

/* CPU time of the calling thread, in seconds (diagnostics and tests) */
ATHEN_EXPORT double athen_thread_cpu(void)
{
    return athen_now();
}

ATHEN_EXPORT size_t athen_stack_remaining(void)
{
    char here;
    uintptr_t sp = (uintptr_t)&here;
    uintptr_t floor = athen_stack_floor();
    return sp > floor ? sp - floor : 0;
}

/* ---- host callbacks ---- */

static int athen_trampoline(lua_State *L)
{
    athen_state *s = athen_get(L);
    int id = (int)lua_tointeger(L, lua_upvalueindex(1));
    int strict = s->strict;
    int n;
    if (athen_stack_low(s, ATHEN_STACK_RESERVE)) {
        return luaL_error(L, "C stack overflow");
    }
    if (s->dispatch == NULL) {
        return luaL_error(L, "host callbacks are not available");
    }
    s->strict = 0;
    n = s->dispatch(L, id);
    s->strict = strict;
    if (n == ATHEN_CALLBACK_FATAL_TIMEOUT) {
        return athen_raise_fatal(L, s, ATHEN_FATAL_TIMEOUT);
    }
    if (n == ATHEN_CALLBACK_FATAL_ABORT) {
        return athen_raise_fatal(L, s, ATHEN_FATAL_ABORT);
    }
    if (s->fatal != ATHEN_FATAL_NONE) {
        /* a nested call from the host into Lua hit a limit: keep unwinding */
        return athen_raise_fatal(L, s, s->fatal);
    }
    if (s->used > s->limit) {
        return athen_raise_fatal(L, s, ATHEN_FATAL_MEMORY);
    }
    if (n == ATHEN_CALLBACK_ERROR) {
        return lua_error(L);
    }
    athen_check_time(L, s);
    return n;
}

ATHEN_EXPORT void athen_push_callback(lua_State *L, int id)
{
    lua_pushinteger(L, id);
    lua_pushcclosure(L, athen_trampoline, 1);
}

/* ---- pcall and xpcall that cannot catch timeouts and memory errors (as LuaSandbox's) ---- */

static int athen_lua_pcall(lua_State *L)
{
    athen_state *s = athen_get(L);
    int status;
    luaL_checkany(L, 1);
    status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status == LUA_ERRMEM) {
        s->fatal = ATHEN_FATAL_MEMORY;
    }
    if (status != 0 && s->fatal != ATHEN_FATAL_NONE) {
        return athen_raise_fatal(L, s, s->fatal);
    }
    lua_pushboolean(L, status == 0);
    lua_insert(L, 1);
    return lua_gettop(L);
}

/* xpcall's message handler: skips the script's handler for a timeout or memory error. A
 * timeout is raised from inside the count hook, where Lua disables hooks; a script handler run
 * there could loop for ever. */
static int athen_xpcall_handler(lua_State *L)
{
    athen_state *s = athen_get(L);
    if (s->fatal != ATHEN_FATAL_NONE) {
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int athen_lua_xpcall(lua_State *L)
{
    athen_state *s = athen_get(L);
    int status;
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    lua_pushcclosure(L, athen_xpcall_handler, 1); /* wraps the script's handler */
    lua_insert(L, 1); /* the handler goes below the function */
    status = lua_pcall(L, 0, LUA_MULTRET, 1);
    if (status == LUA_ERRMEM) {
        s->fatal = ATHEN_FATAL_MEMORY;
    }
    if (status != 0 && s->fatal != ATHEN_FATAL_NONE) {
        return athen_raise_fatal(L, s, s->fatal);
    }
    lua_pushboolean(L, status == 0);
    lua_replace(L, 1);
    return lua_gettop(L);
}

/* string.rep without the unbounded loop of an empty string and with the size checked first */
static int athen_str_rep(lua_State *L)
{
    athen_state *s = athen_get(L);
    size_t len;
    const char *str = luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    char *buf;
    size_t total;
    lua_Integer i;
    if (n <= 0 || len == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if ((size_t)n > (s->limit + 1) / len) {
        return athen_raise_fatal(L, s, ATHEN_FATAL_MEMORY);
    }
    total = len * (size_t)n;
    buf = (char *)lua_newuserdata(L, total);
    for (i = 0; i < n; i++) {
        memcpy(buf + (size_t)i * len, str, len);
    }
    lua_pushlstring(L, buf, total);
    return 1;
}

/* ---- base functions as LuaSandbox has them ---- */

/* pairs and ipairs that honour __pairs and __ipairs (as Lua 5.2 and LuaSandbox do) */
static int athen_pairs(lua_State *L)
{
    if (luaL_getmetafield(L, 1, "__pairs")) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, lua_upvalueindex(1)); /* next */
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int athen_ipairs_aux(lua_State *L)
{
    lua_Integer i = luaL_checkinteger(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    i++;
    lua_pushinteger(L, i);
    lua_rawgeti(L, 1, (int)i);
    return lua_isnil(L, -1) ? 0 : 2;
}

static int athen_ipairs(lua_State *L)
{
    if (luaL_getmetafield(L, 1, "__ipairs")) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushcfunction(L, athen_ipairs_aux);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

/* unpack with its range checked before the stack is grown (huge ranges crash Lua 5.1) */
static int athen_unpack(lua_State *L)
{
    lua_Integer i, e, n, k;
    luaL_checktype(L, 1, LUA_TTABLE);
    i = luaL_optinteger(L, 2, 1);
    e = lua_isnoneornil(L, 3) ? (lua_Integer)lua_objlen(L, 1) : luaL_checkinteger(L, 3);
    if (i > e) {
        return 0;
    }
    if (i < -2147483647 || e > 2147483647 || e - i >= 8000 || !lua_checkstack(L, (int)(e - i + 1))) {
        return luaL_error(L, "too many results to unpack");
    }
    n = e - i + 1;
    for (k = 0; k < n; k++) {
        lua_rawgeti(L, 1, (int)(i + k));
    }
    return (int)n;
}

/* tostring without pointer addresses */
static int athen_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_callmeta(L, 1, "__tostring")) {
        return 1;
    }
    switch (lua_type(L, 1)) {
    case LUA_TNUMBER:
        lua_pushstring(L, lua_tostring(L, 1));
        break;
    case LUA_TSTRING:
        lua_pushvalue(L, 1);
        break;
    case LUA_TBOOLEAN:
        lua_pushstring(L, lua_toboolean(L, 1) ? "true" : "false");
        break;
    case LUA_TNIL:
        lua_pushliteral(L, "nil");
        break;
    default:
        lua_pushstring(L, luaL_typename(L, 1));
        break;
    }
    return 1;
}

/* getmetatable only for tables: a string's metatable would let scripts change every string */
static int athen_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (lua_type(L, 1) != LUA_TTABLE || !lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
    }
    luaL_getmetafield(L, 1, "__metatable");
    return 1;
}

/* ---- the environment copy of every {{#invoke:}} ----
 * A deep copy doing what sandbox.lua's clone() does, step for step (values copied, keys kept,
 * the metatable as getmetatable() returns it copied and set before the fields, fields assigned
 * in next() order, cycles kept), without the interpreter's call overhead. It gives up (returns
 * 0, the caller returns nil and Lua's clone runs instead) where the Lua copy would run code or
 * see something else than the raw table: a metatable with __metatable, __pairs or __newindex,
 * or nesting deeper than ATHEN_CLONE_DEPTH. */
#define ATHEN_CLONE_DEPTH 100

static int athen_clone_copy(lua_State *L, int seen, int depth)
{
    int src, dst;
    if (lua_type(L, -1) != LUA_TTABLE) {
        return 1;
    }
    lua_pushvalue(L, -1);
    lua_rawget(L, seen);
    if (!lua_isnil(L, -1)) {
        lua_replace(L, -2);
        return 1;
    }
    lua_pop(L, 1);
    if (depth > ATHEN_CLONE_DEPTH || !lua_checkstack(L, 8)) {
        return 0;
    }
    src = lua_gettop(L);
    lua_newtable(L);
    dst = src + 1;
    lua_pushvalue(L, src);
    lua_pushvalue(L, dst);
    lua_rawset(L, seen);
    if (lua_getmetatable(L, src)) {
        static const char *const refused[] = { "__metatable", "__pairs", "__newindex" };
        size_t i;
        for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
            lua_pushstring(L, refused[i]);
            lua_rawget(L, -2);
            if (!lua_isnil(L, -1)) {
                return 0;
            }
            lua_pop(L, 1);
        }
        if (!athen_clone_copy(L, seen, depth + 1)) {
            return 0;
        }
        lua_setmetatable(L, dst);
    }
    lua_pushnil(L);
    while (lua_next(L, src)) {
        if (!athen_clone_copy(L, seen, depth + 1)) {
            return 0;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, dst);
    }
    lua_replace(L, src);
    return 1;
}

/* asciiCase(s, upper): s with its ASCII letters lowercased (uppercased when upper is true), or
 * nil when s holds a byte above 127, where Unicode case mapping (the host's) is needed. For ASCII
 * text that is exactly what MediaWiki's Language::lc/uc (mb_strtolower/mb_strtoupper) give; done
 * here by byte, never through the C library's locale-dependent tolower. CS1's configuration
 * lowercases every language name at each citation: ~9,000 host calls per citation before. */
static int athen_ascii_case(lua_State *L)
{
    size_t len, i;
    const char *s = luaL_checklstring(L, 1, &len);
    char from = lua_toboolean(L, 2) ? 'a' : 'A';
    int changes = 0;
    luaL_Buffer b;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > 127) {
            lua_pushnil(L);
            return 1;
        }
        changes |= c >= (unsigned char)from && c <= (unsigned char)(from + 25);
    }
    if (!changes) {
        lua_settop(L, 1);
        return 1;
    }
    luaL_buffinit(L, &b);
    for (i = 0; i < len; i++) {
        char c = s[i];
        luaL_addchar(&b, c >= from && c <= from + 25 ? (char)(c ^ 0x20) : c);
    }
    luaL_pushresult(&b);
    return 1;
}

/* cloneEnv(value): the copy, or nil when Lua's clone() must do it */
static int athen_clone_env(lua_State *L)
{
    lua_settop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, 1);
    if (!athen_clone_copy(L, 2, 0)) {
        lua_pushnil(L);
    }
    return 1;
}

static int athen_os_clock(lua_State *L)
{
    /* coarse, as Scribunto's, to blunt timing attacks */
    double v = (double)clock() / (double)CLOCKS_PER_SEC;
    lua_pushnumber(L, floor(v * 50000 + 0.5) / 50000);
    return 1;
}

/* math.random and math.randomseed over a per-state rand_r seed (LuaSandbox's generator) */
static int athen_math_random(lua_State *L)
{
    athen_state *s = athen_get(L);
    lua_Number r = (lua_Number)(rand_r(&s->rand_seed) % RAND_MAX) / (lua_Number)RAND_MAX;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, r);
        break;
    case 1: {
        int u = luaL_checkint(L, 1);
        luaL_argcheck(L, 1 <= u, 1, "interval is empty");
        lua_pushnumber(L, floor(r * u) + 1);
        break;
    }
    case 2: {
        int l = luaL_checkint(L, 1);
        int u = luaL_checkint(L, 2);
        luaL_argcheck(L, l <= u, 2, "interval is empty");
        lua_pushnumber(L, floor(r * (u - l + 1)) + l);
        break;
    }
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    return 1;
}

static int athen_math_randomseed(lua_State *L)
{
    athen_get(L)->rand_seed = (unsigned int)luaL_checkint(L, 1);
    return 0;
}

/* os.time and os.date in UTC, at the render's clock (deterministic whatever the server's zone) */
static double athen_clock_now(lua_State *L)
{
    athen_state *s = athen_get(L);
    return s->now != 0 ? s->now : (double)time(NULL);
}

static int athen_date_field(lua_State *L, const char *key, int def)
{
    int res;
    lua_getfield(L, -1, key);
    if (lua_isnumber(L, -1)) {
        res = (int)lua_tointeger(L, -1);
    } else {
        if (def < 0) {
            return luaL_error(L, "field '%s' missing in date table", key);
        }
        res = def;
    }
    lua_pop(L, 1);
    return res;
}

static int athen_os_time(lua_State *L)
{
    struct tm ts;
    time_t t;
    if (lua_isnoneornil(L, 1)) {
        lua_pushnumber(L, floor(athen_clock_now(L)));
        return 1;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    memset(&ts, 0, sizeof(ts));
    ts.tm_sec = athen_date_field(L, "sec", 0);
    ts.tm_min = athen_date_field(L, "min", 0);
    ts.tm_hour = athen_date_field(L, "hour", 12);
    ts.tm_mday = athen_date_field(L, "day", -1);
    ts.tm_mon = athen_date_field(L, "month", -1) - 1;
    ts.tm_year = athen_date_field(L, "year", -1) - 1900;
    t = timegm(&ts);
    if (t == (time_t)(-1)) {
        lua_pushnil(L);
    } else {
        lua_pushnumber(L, (lua_Number)t);
    }
    return 1;
}

static void athen_set_field(lua_State *L, const char *key, int value)
{
    lua_pushinteger(L, value);
    lua_setfield(L, -2, key);
}

static int athen_os_date(lua_State *L)
{
    const char *fmt = luaL_optstring(L, 1, "%c");
    time_t t = lua_isnoneornil(L, 2) ? (time_t)athen_clock_now(L) : (time_t)luaL_checknumber(L, 2);
    struct tm stm;
    if (*fmt == '!') {
        fmt++;
    }
    if (gmtime_r(&t, &stm) == NULL) {
        lua_pushnil(L);
        return 1;
    }
    if (strcmp(fmt, "*t") == 0) {
        lua_createtable(L, 0, 9);
        athen_set_field(L, "sec", stm.tm_sec);
        athen_set_field(L, "min", stm.tm_min);
        athen_set_field(L, "hour", stm.tm_hour);
        athen_set_field(L, "day", stm.tm_mday);
        athen_set_field(L, "month", stm.tm_mon + 1);
        athen_set_field(L, "year", stm.tm_year + 1900);
        athen_set_field(L, "wday", stm.tm_wday + 1);
        athen_set_field(L, "yday", stm.tm_yday + 1);
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "isdst");
    } else {
        luaL_Buffer b;
        char spec[3] = { '%', 0, 0 };
        luaL_buffinit(L, &b);
        for (; *fmt; fmt++) {
            if (*fmt != '%' || fmt[1] == '\0') {
                luaL_addchar(&b, *fmt);
            } else {
                char out[200];
                size_t len;
                spec[1] = *++fmt;
                len = strftime(out, sizeof(out), spec, &stm);
                luaL_addlstring(&b, out, len);
            }
        }
        luaL_pushresult(&b);
    }
    return 1;
}

ATHEN_EXPORT void athen_set_now(lua_State *L, double now)
{
    athen_get(L)->now = now;
}

/* ---- state life cycle ---- */

static int athen_open(lua_State *L)
{
    static const luaL_Reg libs[] = {
        { "", luaopen_base },
        { LUA_TABLIBNAME, luaopen_table },
        { LUA_STRLIBNAME, luaopen_string },
        { LUA_MATHLIBNAME, luaopen_math },
        { LUA_OSLIBNAME, luaopen_os },
        { LUA_DBLIBNAME, luaopen_debug },
        { NULL, NULL }
    };
    const luaL_Reg *lib;
    for (lib = libs; lib->func != NULL; lib++) {
        lua_pushcfunction(L, lib->func);
        lua_pushstring(L, lib->name);
        lua_call(L, 1, 0);
    }
    lua_getglobal(L, "next");
    lua_pushcclosure(L, athen_pairs, 1);
    lua_setglobal(L, "pairs");
    lua_pushcfunction(L, athen_ipairs);
    lua_setglobal(L, "ipairs");
    lua_pushcfunction(L, athen_unpack);
    lua_setglobal(L, "unpack");
    lua_pushcfunction(L, athen_tostring);
    lua_setglobal(L, "tostring");
    lua_pushcfunction(L, athen_getmetatable);
    lua_setglobal(L, "getmetatable");
    /* taken by sandbox.lua, which removes the global; no page sees it */
    lua_pushcfunction(L, athen_clone_env);
    lua_setglobal(L, "athenaeumCloneEnv");
    lua_pushcfunction(L, athen_ascii_case);
    lua_setglobal(L, "athenaeumAsciiCase");
    lua_getglobal(L, LUA_OSLIBNAME);
    lua_pushcfunction(L, athen_os_clock);
    lua_setfield(L, -2, "clock");
    lua_pushcfunction(L, athen_os_time);
    lua_setfield(L, -2, "time");
    lua_pushcfunction(L, athen_os_date);
    lua_setfield(L, -2, "date");
    lua_pop(L, 1);
    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_pushcfunction(L, athen_math_random);
    lua_setfield(L, -2, "random");
    lua_pushcfunction(L, athen_math_randomseed);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    lua_pushcfunction(L, athen_lua_pcall);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, athen_lua_xpcall);
    lua_setglobal(L, "xpcall");
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushcfunction(L, athen_str_rep);
    lua_setfield(L, -2, "rep");
    lua_pop(L, 1);
    athen_open_pattern(L);
    return 0;
}

ATHEN_EXPORT lua_State *athen_newstate(size_t mem_limit, double cpu_limit)
{
    athen_state *s = (athen_state *)calloc(1, sizeof(athen_state));
    lua_State *L;
    if (s == NULL) {
        return NULL;
    }
    s->limit = mem_limit;
    s->cpu_limit = cpu_limit;
    s->rand_seed = 1;
    L = lua_newstate(athen_alloc, s);
    if (L == NULL) {
        free(s);
        return NULL;
    }
    if (lua_cpcall(L, athen_open, NULL) != 0) {
        lua_close(L);
        free(s);
        return NULL;
    }
    lua_sethook(L, athen_hook, LUA_MASKCOUNT, ATHEN_HOOK_COUNT);
    return L;
}

ATHEN_EXPORT void athen_close(lua_State *L)
{
    athen_state *s = athen_get(L);
    lua_close(L);
    free(s);
}

ATHEN_EXPORT void athen_set_dispatcher(lua_State *L, athen_dispatch_fn fn, intptr_t host)
{
    athen_state *s = athen_get(L);
    s->dispatch = fn;
    s->host = host;
}

ATHEN_EXPORT intptr_t athen_get_host(lua_State *L)
{
    return athen_get(L)->host;
}

/* Calls the function below `nargs` arguments in protected mode, with the limits on. Returns
 * the Lua status; on error the error value is on top and athen_fatal tells whether it was a
 * timeout or a memory error. */
ATHEN_EXPORT int athen_pcall(lua_State *L, int nargs, int nresults)
{
    athen_state *s = athen_get(L);
    int strict = s->strict;
    int status;
    if (s->call_depth == 0) {
        s->fatal = ATHEN_FATAL_NONE;
    }
    if (s->fatal != ATHEN_FATAL_NONE || athen_time_over(s)) {
        lua_pop(L, nargs + 1);
        if (s->fatal == ATHEN_FATAL_NONE) {
            s->fatal = ATHEN_FATAL_TIMEOUT;
        }
        lua_pushstring(L, s->fatal == ATHEN_FATAL_MEMORY ? ATHEN_MEMORY_MESSAGE : ATHEN_TIMEOUT_MESSAGE);
        return LUA_ERRRUN;
    }
    if (athen_stack_low(s, ATHEN_STACK_RESERVE)) {
        lua_pop(L, nargs + 1);
        lua_pushstring(L, "C stack overflow");
        return LUA_ERRRUN;
    }
    s->call_depth++;
    athen_timer_on(s);
    s->strict = 1;
    status = lua_pcall(L, nargs, nresults, 0);
    s->strict = strict;
    athen_timer_off(s);
    s->call_depth--;
    if (status == LUA_ERRMEM) {
        s->fatal = ATHEN_FATAL_MEMORY;
    }
    return status;
}

/* Compiles a chunk. Binary chunks are refused unless the host itself produced them. */
ATHEN_EXPORT int athen_load(lua_State *L, const char *buf, size_t len, const char *chunkname, int allow_binary)
{
    athen_state *s = athen_get(L);
    int strict = s->strict;
    int status;
    if (!allow_binary && len > 0 && buf[0] == LUA_SIGNATURE[0]) {
        lua_pushstring(L, "attempt to load a binary chunk");
        return LUA_ERRSYNTAX;
    }
    s->strict = 1;
    status = luaL_loadbuffer(L, buf, len, chunkname);
    s->strict = strict;
    return status;
}

typedef struct athen_dump_buffer {
    char *data;
    size_t size;
    size_t capacity;
    int failed;
} athen_dump_buffer;

static int athen_dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    athen_dump_buffer *b = (athen_dump_buffer *)ud;
    (void)L;
    if (b->size + sz > b->capacity) {
        size_t cap = b->capacity ? b->capacity * 2 : 4096;
        char *d;
        while (cap < b->size + sz) {
            cap *= 2;
        }
        d = (char *)realloc(b->data, cap);
        if (d == NULL) {
            b->failed = 1;
            return 1;
        }
        b->data = d;
        b->capacity = cap;
    }
    memcpy(b->data + b->size, p, sz);
    b->size += sz;
    return 0;
}

/* Dumps the Lua function on top of the stack as bytecode into a malloc'd buffer (free it with
 * athen_free). Returns NULL on failure. */
ATHEN_EXPORT char *athen_dump(lua_State *L, size_t *size)
{
    athen_dump_buffer b = { NULL, 0, 0, 0 };
    if (lua_dump(L, athen_dump_writer, &b) != 0 || b.failed) {
        free(b.data);
        *size = 0;
        return NULL;
    }
    *size = b.size;
    return b.data;
}

ATHEN_EXPORT void athen_free(void *p)
{
    free(p);
}

ATHEN_EXPORT int athen_fatal(lua_State *L)
{
    return athen_get(L)->fatal;
}

ATHEN_EXPORT void athen_reset_usage(lua_State *L, double cpu_limit, size_t mem_limit)
{
    athen_state *s = athen_get(L);
    s->cpu_used = 0;
    s->cpu_limit = cpu_limit;
    s->wall_deadline = 0;
    s->limit = mem_limit;
    s->peak = s->used;
    s->fatal = ATHEN_FATAL_NONE;
}

ATHEN_EXPORT double athen_cpu_used(lua_State *L)
{
    return athen_elapsed(athen_get(L));
}

ATHEN_EXPORT void athen_timer_pause(lua_State *L)
{
    athen_timer_off(athen_get(L));
}

ATHEN_EXPORT void athen_timer_resume(lua_State *L)
{
    athen_timer_on(athen_get(L));
}

ATHEN_EXPORT size_t athen_mem_used(lua_State *L)
{
    return athen_get(L)->used;
}

ATHEN_EXPORT size_t athen_mem_peak(lua_State *L)
{
    return athen_get(L)->peak;
}
