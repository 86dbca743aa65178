#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(5407);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(5407);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(5402);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(5402);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(9210);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 790:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7767);

// A reader that stops early (`ims-gate check | head`) closes the pipe: nothing more can be said to it, and that is
// not an error of the scan. The exit code stays the verdict.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTty: Boolean(process.stdout.isTTY),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./.tmp/build/lib/util/loc.js
/** The start of a file: line 1, column 1, zero width. */
function fileLoc(file) {
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/text.js

/** Offsets of the start of every line; `position` is a binary search, `cursor` a forward-only walk for sorted lookups. */
class LineMap {
    text;
    starts = [0];
    length;
    constructor(text) {
        this.text = text;
        this.length = text.length;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 0-based line index of an offset. */
    lineIndex(offset) {
        const starts = this.starts;
        // Readers mostly ask in file order: try the last answer and the line after it before a binary search.
        const hint = this.hint;
        if (offset >= starts[hint]) {
            if (hint + 1 >= starts.length || offset < starts[hint + 1])
                return hint;
            if (hint + 2 >= starts.length || offset < starts[hint + 2])
                return (this.hint = hint + 1);
        }
        this.hint = this.search(offset);
        return this.hint;
    }
    hint = 0;
    search(offset) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** Loc of the span [start, end) of the text (end exclusive). An empty span is a zero-width Loc. */
    loc(file, start, end) {
        const a = this.lineIndex(start);
        const b = end <= start ? a : this.lineIndex(end);
        return { file, line: a + 1, column: start - this.starts[a] + 1, endLine: b + 1, endColumn: Math.max(end, start) - this.starts[b] + 1 };
    }
    /** Loc of the character at `offset`, or of the last character of the text when `offset` is at or past its end. */
    charLoc(file, offset) {
        if (offset >= this.length)
            return this.eofLoc(file);
        return this.loc(file, offset, offset + 1);
    }
    /** The end of the file as a place inside it: the last character that is not a line break (1:1 for an empty file). */
    eofLoc(file) {
        const text = this.text;
        let end = this.length;
        while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13))
            end--;
        if (end === 0)
            return fileLoc(file);
        return this.loc(file, end - 1, end);
    }
    /** "line L, column C" of an offset, for messages. */
    describe(offset) {
        const a = this.lineIndex(offset);
        return `line ${a + 1}, column ${offset - this.starts[a] + 1}`;
    }
}
const UTF8_BOM = [0xef, 0xbb, 0xbf];
function hasUtf8Bom(bytes) {
    return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}
/** 'utf-16le' / 'utf-16be' when the bytes start with a UTF-16 byte-order mark. */
function utf16Bom(bytes) {
    if (bytes.length >= 2) {
        if (bytes[0] === 0xff && bytes[1] === 0xfe)
            return 'utf-16le';
        if (bytes[0] === 0xfe && bytes[1] === 0xff)
            return 'utf-16be';
    }
    return undefined;
}
/** Printable ASCII or white space: what the first characters of any text file ims-gate reads are. */
function isAsciiText(b) {
    return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}
/**
 * UTF-16 without a byte-order mark, recognised as XML 1.0 Appendix F does (`<` 00 `?` 00 is UTF-16LE, 00 `<` 00 `?`
 * UTF-16BE), generalised to any two ASCII characters at the start so that a BOM-less UTF-16 YAML, JSON or CSV file
 * is recognised too. No UTF-8 text starts with a NUL as its second or fourth byte.
 */
function bomlessUtf16(bytes) {
    if (bytes.length < 4)
        return undefined;
    const [a, b, c, d] = bytes;
    if (b === 0 && d === 0 && isAsciiText(a) && isAsciiText(c))
        return 'utf-16le';
    if (a === 0 && c === 0 && isAsciiText(b) && isAsciiText(d))
        return 'utf-16be';
    return undefined;
}
/** The UTF-16 encoding of the bytes, by byte-order mark or by the BOM-less pattern. */
function utf16Encoding(bytes) {
    const bom = utf16Bom(bytes);
    if (bom)
        return { encoding: bom, bom: true };
    const bomless = bomlessUtf16(bytes);
    return bomless ? { encoding: bomless, bom: false } : undefined;
}
/** Line and column of a byte offset, counting columns in bytes (for files that cannot be decoded). */
function byteLoc(file, bytes, offset) {
    let line = 1;
    let lineStart = hasUtf8Bom(bytes) ? 3 : 0;
    for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const column = Math.max(1, offset - lineStart + 1);
    return { file, line, column, endLine: line, endColumn: column + 1 };
}
/**
 * The offset where the first invalid UTF-8 sequence starts (only used on failure): the shortest prefix that a
 * streaming fatal decoder rejects ends at the offending byte; the sequence starts at its lead byte, if any.
 */
function firstInvalidUtf8(bytes) {
    let low = 1;
    let high = bytes.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        let valid = true;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        }
        catch {
            valid = false;
        }
        if (valid)
            low = mid + 1;
        else
            high = mid;
    }
    const bad = low - 1;
    for (let k = 1; k <= 3 && bad - k >= 0; k++) {
        const b = bytes[bad - k];
        if (b >= 0xc0)
            return bad - k;
        if (b < 0x80)
            break;
    }
    return bad;
}
/** How far an XML declaration is searched for its end: far beyond any real one, yet bounded on a huge file. */
const DECLARATION_LIMIT = 64 * 1024;
/** The `encoding` of an XML declaration at the start of the bytes, lower-cased. */
function declaredXmlEncoding(bytes) {
    const start = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length < start + 5 || bytes.toString('latin1', start, start + 5) !== '<?xml')
        return undefined;
    // The declaration ends at its '?>'; XML allows any white space inside it, so no short look-ahead limit.
    const limit = Math.min(bytes.length, start + DECLARATION_LIMIT);
    const end = bytes.subarray(0, limit).indexOf('?>', start);
    const head = bytes.toString('latin1', start, end === -1 ? limit : end);
    return /\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
}
/** Declared encodings that are read as UTF-8 (a UTF-16 file is recognised by its bytes, whatever it declares). */
function isUnicodeLabel(declared) {
    return /^(utf-?8|utf-?16(le|be)?|unicode)$/.test(declared);
}
/**
 * Decodes a candidate file. UTF-8 (BOM optional) by default; UTF-16 LE/BE when a BOM says so, or, without a BOM,
 * when its first characters are ASCII followed by NUL bytes (see bomlessUtf16); for XML, the
 * encoding its declaration names (e.g. ISO-8859-1). A NUL byte makes the file binary. Never throws.
 */
function decodeBytes(file, bytes, options = {}) {
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        const name = utf16.encoding.toUpperCase();
        try {
            return { ok: true, text: new TextDecoder(utf16.encoding, { fatal: true }).decode(bytes) };
        }
        catch {
            const why = utf16.bom ? `starts with a ${name} byte-order mark` : `looks like ${name} without a byte-order mark (a NUL byte after each of its first ASCII characters)`;
            return { ok: false, problem: { message: `invalid ${name}: the file ${why} but holds an unpaired surrogate or an odd number of bytes`, loc: fileLoc(file) } };
        }
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { ok: false, problem: { message: `binary file: NUL byte at offset ${nul}; expected a text file (UTF-8, or UTF-16 with a byte-order mark)`, loc: byteLoc(file, bytes, nul) } };
    }
    const declared = options.xml ? declaredXmlEncoding(bytes) : undefined;
    if (declared && !isUnicodeLabel(declared)) {
        let decoder;
        try {
            decoder = new TextDecoder(declared, { fatal: true });
        }
        catch {
            return { ok: false, problem: { message: `unsupported encoding "${declared}" in the XML declaration; expected UTF-8, UTF-16 or an ISO-8859/Windows code page`, loc: byteLoc(file, bytes, Math.max(0, bytes.indexOf('encoding'))) } };
        }
        try {
            return { ok: true, text: decoder.decode(bytes) };
        }
        catch {
            return { ok: false, problem: { message: `invalid ${declared}: the file is not valid in the encoding its XML declaration names`, loc: fileLoc(file) } };
        }
    }
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const loc = byteLoc(file, bytes, offset);
        // Column in characters of the decoded (valid) part of the line, like every other Loc.
        let lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] !== 10)
            lineStart--;
        if (lineStart === 0 && hasUtf8Bom(bytes))
            lineStart = 3;
        const column = new TextDecoder('utf-8').decode(bytes.subarray(Math.min(lineStart, offset), offset)).length + 1;
        const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
        return {
            ok: false,
            problem: { message: `invalid UTF-8: the byte 0x${byte} at offset ${offset} starts an invalid UTF-8 sequence; save the file as UTF-8${options.xml ? ' or declare its encoding in the XML declaration' : ''}`, loc: { ...loc, column, endColumn: column + 1 } },
        };
    }
}
/**
 * A copy of a substring that does not keep the whole file text alive. V8 represents `text.slice()` of 13+
 * characters as a view into `text`; records outlive their file, so values are copied out (concatenation then
 * slice flattens into a small new string).
 */
function detach(value) {
    return value.length < 13 ? value : ` ${value}`.slice(1);
}
/** Starts reading a text candidate; a file that cannot be decoded yields a result that carries the problem. */
function openCandidate(file, kind, bytes) {
    const result = { file, kind, suppressions: [], problems: [] };
    const decoded = decodeBytes(file, bytes);
    if (!decoded.ok) {
        result.problems.push(decoded.problem);
        return { result };
    }
    return { result, text: decoded.text, lines: new LineMap(decoded.text) };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./.tmp/build/lib/policy/paths.js



let cached;
/**
 * The folder that holds `policies/`. Found by walking up from this module, because the same code runs
 * from src/ (tests), lib/ (tsc) and dist/ (the ncc bundle), each at a different depth.
 */
function packageRoot() {
    if (cached)
        return cached;
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'policies', 'rules')))
            return (cached = dir);
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir)
            throw new Error('ims-gate: cannot find its policies/ folder next to the installed package');
        dir = parent;
    }
}
function policyPath(...parts) {
    return (0,external_node_path_namespaceObject.join)(packageRoot(), 'policies', ...parts);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/ajv.js



const compiled = new Map();
let ajv_ajv;
/** A validator for policies/schemas/<name>, compiled once, on first use (keeps cold start low). */
function schemaValidator(name) {
    let validate = compiled.get(name);
    if (!validate) {
        ajv_ajv ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false, meta: false });
        validate = ajv_ajv.compile(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(policyPath('schemas', name), 'utf8')));
        compiled.set(name, validate);
    }
    return validate;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/errors.js
// Errors a user can fix, as opposed to bugs in ims-gate. The CLI prints one as one line,
// `ims-gate: <subject>: <message>`, where the subject is the file or the option at fault, and exits 2.
/** A problem with how ims-gate was called or with a file the user named; `subject` names the option or file. */
class UserError extends Error {
    subject;
    constructor(subject, message) {
        super(message);
        this.subject = subject;
        this.name = 'UserError';
    }
}
/** Plain-words reasons for the file-system errors a user can cause (a wrong path, a folder, permissions). */
const FS_REASONS = new Map([
    ['ENOENT', 'no such file or folder'],
    ['EISDIR', 'is a folder, not a file'],
    ['ENOTDIR', 'a part of the path is a file, not a folder'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'operation not permitted'],
    ['EEXIST', 'already exists'],
    ['EROFS', 'read-only file system'],
    ['ENOSPC', 'no space left on the device'],
    ['EDQUOT', 'disk quota exceeded'],
    ['ELOOP', 'too many levels of symbolic links'],
    ['ENAMETOOLONG', 'name too long'],
    ['EMFILE', 'too many open files'],
    ['EBUSY', 'resource busy'],
]);
/** A Node file-system error on a path (ENOENT, EISDIR, EACCES, …): the path and the reason in plain words. */
function fsErrorOf(error) {
    if (!(error instanceof Error))
        return undefined;
    const { code, path } = error;
    const reason = code === undefined ? undefined : FS_REASONS.get(code);
    if (reason === undefined || typeof path !== 'string')
        return undefined;
    return { path, reason: `${reason} (${code})` };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/glob.js
// Globs from the config (include, exclude, instances.<name>.paths), matched in time linear in the path: a glob is
// compiled to a small automaton and run once over the path, never to a backtracking regular expression
// (picomatch's regex for `**/*a*a*a*a*a*b` took 36 s on one 200-character file name).
//
// Syntax, on POSIX paths relative to the scan root, case-sensitive, dot-files included:
//   *        any run of characters within one path segment (a segment that is only `*` needs one character)
//   **       as a whole segment: any number of segments, none included (`a/**` also matches `a` itself);
//            elsewhere the same as `*`
//   ?        one character other than `/`
//   [abc]    one of the characters; ranges `[a-z]`, negation `[!a]` / `[^a]`, `]` first is literal
//   {a,b}    either alternative (nested braces too); `{a}` without a comma is literal
//   \c       the character c itself
//   !glob    at the start: every path the glob does not match
// Refused, with the reason (a config error): regex groups `( )` and `|`, extglobs `@(…)` `+(…)`, POSIX classes
// `[[:alpha:]]`, brace ranges `{1..3}`, a glob over MAX_GLOB_LENGTH characters or whose braces expand to more than
// MAX_EXPANDED_LENGTH characters. The cost of one match is at most (path length) × (expanded glob length) steps.
/** Longest glob accepted, in characters: a literal path of any length Linux allows (PATH_MAX) fits. */
const MAX_GLOB_LENGTH = 4096;
/** Most characters a glob's brace alternatives may expand to, all alternatives together. */
const MAX_EXPANDED_LENGTH = 16384;
class GlobError extends Error {
}
/** Compiles a glob; `ok: false` with the reason when it uses syntax that is not supported. */
function compileGlob(glob) {
    try {
        if (glob.length > MAX_GLOB_LENGTH)
            throw new GlobError(`it is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH} are supported`);
        let body = glob;
        let negated = false;
        while (body.startsWith('!') && !body.startsWith('!(')) {
            negated = !negated;
            body = body.slice(1);
        }
        checkUnsupported(body);
        const alternatives = expandBraces(body);
        const automata = alternatives.map((alternative) => automaton(tokenize(alternative.replace(/^(?:\.\/)+/, ''))));
        const match = (path) => automata.some((run) => run(path));
        return { ok: true, match: negated ? (path) => !match(path) : match };
    }
    catch (error) {
        if (error instanceof GlobError)
            return { ok: false, reason: error.message };
        throw error;
    }
}
/** A predicate matching any of the globs; throws on a glob that does not compile (the config validated them). */
function globMatcher(globs) {
    const matchers = globs.map((glob) => {
        const compiled = compileGlob(glob);
        if (!compiled.ok)
            throw new Error(`unsupported glob ${JSON.stringify(glob)}: ${compiled.reason}`);
        return compiled.match;
    });
    return (path) => matchers.some((match) => match(path));
}
const SUPPORTED = 'supported are * ** ? [abc] {a,b}, \\ to escape, and ! at the start';
/** Refuses what picomatch would read as regex or extglob syntax, rather than matching it differently. */
function checkUnsupported(glob) {
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '\\') {
            i++;
            continue;
        }
        const at = `at character ${i + 1}`;
        if ('@+!*?'.includes(char) && glob[i + 1] === '(')
            throw new GlobError(`extglob ${JSON.stringify(`${char}(`)} ${at} is not supported; ${SUPPORTED}`);
        if (char === '(' || char === ')' || char === '|')
            throw new GlobError(`${JSON.stringify(char)} ${at} is not supported (write alternatives as {a,b}); ${SUPPORTED}`);
        if (char === '[' && glob[i + 1] === '[' && glob[i + 2] === ':')
            throw new GlobError(`POSIX class ${at} is not supported (write the characters, e.g. [a-z]); ${SUPPORTED}`);
    }
}
/** The alternatives of the glob's braces; `{a}` (no comma at its level) stays literal. */
function expandBraces(glob) {
    const open = findBrace(glob);
    if (!open)
        return [glob];
    const { start, end, parts } = open;
    if (parts.length === 1 && isRange(parts[0]))
        throw new GlobError(`brace range ${JSON.stringify(glob.slice(start, end + 1))} is not supported (list the values: {1,2,3}); ${SUPPORTED}`);
    const head = glob.slice(0, start);
    const tail = glob.slice(end + 1);
    const results = [];
    let total = 0;
    for (const part of parts) {
        for (const expanded of expandBraces(`${head}${part}${tail}`)) {
            total += expanded.length;
            if (total > MAX_EXPANDED_LENGTH)
                throw new GlobError(`its braces expand to more than ${MAX_EXPANDED_LENGTH} characters`);
            results.push(expanded);
        }
    }
    return results;
}
/** A brace body such as `1..3` (a range, which is not supported). */
function isRange(body) {
    return body.includes('..') && !body.includes(',');
}
/**
 * The first brace group with a comma at its own level (unescaped, balanced), with its comma-separated parts;
 * undefined when there is none. A group without a comma is kept literal and the search goes on after it.
 */
function findBrace(glob) {
    for (let start = 0; start < glob.length; start++) {
        if (glob[start] === '\\') {
            start++;
            continue;
        }
        if (glob[start] !== '{')
            continue;
        let depth = 0;
        let partStart = start + 1;
        const parts = [];
        for (let i = start; i < glob.length; i++) {
            const char = glob[i];
            if (char === '\\') {
                i++;
            }
            else if (char === '{') {
                depth++;
            }
            else if (char === '}') {
                depth--;
                if (depth === 0) {
                    parts.push(glob.slice(partStart, i));
                    if (parts.length > 1 || isRange(parts[0]))
                        return { start, end: i, parts };
                    break;
                }
            }
            else if (char === ',' && depth === 1) {
                parts.push(glob.slice(partStart, i));
                partStart = i + 1;
            }
        }
    }
    return undefined;
}
// The tokens of a brace-free glob, segment by segment. A globstar takes in one of the `/` beside it: the one
// after it (`**/b`, `a/**/b`: any number of whole segments, each with its `/`), or, when it is the last segment,
// the one before it (`a/**`: `a`, optionally followed by `/` and anything).
function tokenize(glob) {
    const isGlobstar = (segment) => segment === '**';
    const segments = splitSegments(glob).filter((segment, i, all) => !(isGlobstar(segment) && i > 0 && isGlobstar(all[i - 1])));
    const last = segments.length - 1;
    const tokens = [];
    const optional = (...inner) => {
        tokens.push({ kind: 'optional', end: tokens.length + 1 + inner.length }, ...inner);
    };
    segments.forEach((segment, i) => {
        const globstar = isGlobstar(segment);
        if (i > 0 && !(globstar && i === last) && !isGlobstar(segments[i - 1]))
            tokens.push({ kind: 'char', char: '/' });
        if (!globstar)
            segmentTokens(segment, tokens);
        else if (last === 0)
            tokens.push({ kind: 'anyStar' });
        else if (i === last)
            optional({ kind: 'char', char: '/' }, { kind: 'anyStar' });
        else
            optional({ kind: 'anyStar' }, { kind: 'char', char: '/' });
    });
    return tokens;
}
/** The glob split at its unescaped `/` (escapes kept, for segmentTokens). */
function splitSegments(glob) {
    const segments = [];
    let current = '';
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\' && i + 1 < glob.length) {
            current += glob.slice(i, i + 2);
            i++;
        }
        else if (glob[i] === '/') {
            segments.push(current);
            current = '';
        }
        else
            current += glob[i];
    }
    segments.push(current);
    return segments;
}
/** The tokens of one segment (no `/`), appended to `tokens`. */
function segmentTokens(segment, tokens) {
    if (/^\*+$/.test(segment)) {
        tokens.push({ kind: 'one' }, { kind: 'star' }); // a lone `*` segment names something
        return;
    }
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '\\' && i + 1 < segment.length) {
            tokens.push({ kind: 'char', char: segment[++i] });
        }
        else if (char === '*') {
            if (tokens[tokens.length - 1]?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (char === '?') {
            tokens.push({ kind: 'one' });
        }
        else if (char === '[') {
            const parsed = parseClass(segment, i);
            if (parsed) {
                tokens.push(parsed.token);
                i = parsed.end;
            }
            else
                tokens.push({ kind: 'char', char });
        }
        else {
            tokens.push({ kind: 'char', char });
        }
    }
}
/** A character class starting at `start` (`[`), with the index of its `]`; undefined when it is not closed. */
function parseClass(segment, start) {
    let i = start + 1;
    const negated = segment[i] === '!' || segment[i] === '^';
    if (negated)
        i++;
    const singles = new Set();
    const ranges = [];
    let first = true;
    for (; i < segment.length; i++) {
        let char = segment[i];
        if (char === ']' && !first) {
            const test = (c) => singles.has(c) || ranges.some(([low, high]) => c.charCodeAt(0) >= low && c.charCodeAt(0) <= high);
            return { token: { kind: 'class', negated, test }, end: i };
        }
        first = false;
        if (char === '\\' && i + 1 < segment.length)
            char = segment[++i];
        if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
            let high = segment[i + 2];
            let next = i + 2;
            if (high === '\\' && i + 3 < segment.length)
                high = segment[(next = i + 3)];
            ranges.push([char.charCodeAt(0), high.charCodeAt(0)]);
            i = next;
        }
        else
            singles.add(char);
    }
    return undefined;
}
/**
 * The glob's automaton as a matcher: bit (state) j means "the first j tokens match the path read so far". All
 * epsilon moves (a star matching nothing, an optional group skipped or entered) go forward, so one ascending
 * pass closes a state set. Each character costs at most one step per token.
 */
function automaton(tokens) {
    const size = tokens.length + 1;
    return (path) => {
        let current = new Uint8Array(size);
        let next = new Uint8Array(size);
        current[0] = 1;
        glob_close(tokens, current);
        for (let i = 0; i < path.length; i++) {
            const char = path[i];
            next.fill(0);
            let alive = false;
            for (let j = 0; j < tokens.length; j++) {
                if (!current[j])
                    continue;
                const token = tokens[j];
                let target = -1;
                switch (token.kind) {
                    case 'char':
                        if (token.char === char)
                            target = j + 1;
                        break;
                    case 'one':
                        if (char !== '/')
                            target = j + 1;
                        break;
                    case 'class':
                        if (char !== '/' && token.test(char) !== token.negated)
                            target = j + 1;
                        break;
                    case 'star':
                        if (char !== '/')
                            target = j;
                        break;
                    case 'anyStar':
                        target = j;
                        break;
                    case 'optional':
                        break;
                }
                if (target >= 0) {
                    next[target] = 1;
                    alive = true;
                }
            }
            if (!alive)
                return false;
            glob_close(tokens, next);
            [current, next] = [next, current];
        }
        return current[tokens.length] === 1;
    };
}
function glob_close(tokens, set) {
    for (let j = 0; j < tokens.length; j++) {
        if (!set[j])
            continue;
        const token = tokens[j];
        if (token.kind === 'star' || token.kind === 'anyStar')
            set[j + 1] = 1;
        else if (token.kind === 'optional') {
            set[j + 1] = 1;
            set[token.end] = 1;
        }
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/paths.js

/** The path of `target` relative to `root`, when it lies inside `root` (or is it: ''); undefined outside. */
function relativeInside(root, target) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, target);
    // `..` only as a whole first segment: a folder named `..foo` is inside.
    if ((0,external_node_path_namespaceObject.isAbsolute)(rel) || rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`))
        return undefined;
    return rel;
}
/**
 * Findings carry paths relative to the scan root; GitHub wants them relative to the repository. `prefix` is the
 * root's POSIX path inside the repository. Normalised, so that a config beside the root (`../ims-gate.yml`) stays
 * a clean repository path.
 */
function underPrefix(prefix) {
    if (prefix === '')
        return undefined;
    return (file) => external_node_path_namespaceObject.posix.normalize(`${prefix}/${file}`);
}
function toPosix(path) {
    return path.split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/yaml-aliases.js
// Checks a YAML document's aliases before it is turned into JavaScript values. `doc.toJS()` expands every
// alias: a "billion laughs" file (anchors of lists of aliases of lists of aliases…) expands to 10^9 nodes from
// a few hundred bytes, and the yaml package's own guard throws a ReferenceError that names no line. An alias
// to an unknown anchor, or to the node that contains it (a cycle), throws or builds a circular value.
// This pass finds each of those at the alias itself, in linear time, so that the caller reports a problem at
// its line instead of crashing.

/** Aliases may expand a document to at most this many nodes: far above any real config, far below harm. */
const MAX_EXPANDED_NODES = 10_000;
class AliasWalk {
    /** The anchors defined so far, in document order: an alias refers to the last one before it (YAML 1.2). */
    anchors = new Map();
    /** Nodes the aliases add when expanded, over the whole document. */
    expanded = 0;
    problem;
    /** The expanded size of `node` (capped once over the limit), or undefined once a problem is found. */
    size(node) {
        if (this.problem)
            return undefined;
        if ((0,dist/* isAlias */.Vj)(node))
            return this.aliasSize(node);
        if ((0,dist/* isPair */.tO)(node))
            return this.sum([node.key, node.value], 0);
        if (!(0,dist/* isNode */.Ll)(node))
            return 0;
        const anchor = node.anchor;
        if (anchor)
            this.anchors.set(anchor, { open: true });
        const size = (0,dist/* isCollection */.P3)(node) ? this.sum(node.items, 1) : 1;
        if (anchor && size !== undefined)
            this.anchors.set(anchor, { open: false, size });
        return size;
    }
    sum(children, start) {
        let total = start;
        for (const child of children) {
            const size = this.size(child);
            if (size === undefined)
                return undefined;
            total = Math.min(total + size, MAX_EXPANDED_NODES + 1);
        }
        return total;
    }
    aliasSize(alias) {
        const target = this.anchors.get(alias.source);
        if (!target)
            return this.fail(alias, `alias *${alias.source} refers to no anchor: define &${alias.source} before it`);
        if (target.open)
            return this.fail(alias, `alias *${alias.source} refers to the node that contains it (a cycle)`);
        this.expanded += target.size;
        if (this.expanded > MAX_EXPANDED_NODES) {
            return this.fail(alias, `aliases expand the document to more than ${MAX_EXPANDED_NODES} nodes (a "billion laughs" file?); write the values out or use fewer nested aliases`);
        }
        return target.size;
    }
    fail(alias, message) {
        this.problem = { alias, message };
        return undefined;
    }
}
/** The first alias that cannot be expanded safely, or undefined when `doc.toJS()` is safe and acyclic. */
function aliasProblem(doc) {
    const walk = new AliasWalk();
    walk.size(doc.contents);
    return walk.problem;
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./.tmp/build/lib/util/secrets.js
// What counts as a secret, for every stage that must not show one: readers' messages, restart changes, code frames.
/** Attribute or key names whose values are secrets (client secrets, passwords, private keys, tokens). */
const SECRET_NAME = /(secret|password|passwd|privatekey|private_key|token|credential)/i;
/** Hashes of secrets are not secrets, but a value that is not a hash where one is expected may be the secret itself. */
function isSecretName(name) {
    return SECRET_NAME.test(name) && !/sha256$/i.test(name);
}
/** Names whose values must never be quoted in a message: secrets, and hashes of secrets (a pasted secret). */
function isSecretOrHashName(name) {
    return SECRET_NAME.test(name) || /sha256$/i.test(name);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/yaml-schema.js



/** The end of [start, end) without the spaces and line breaks that YAML block nodes include after their value. */
function trimmedEnd(text, start, end) {
    let trimmed = end;
    while (trimmed > start) {
        const c = text.charCodeAt(trimmed - 1);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            break;
        trimmed--;
    }
    return trimmed;
}
/**
 * The place of a node's range. `text`, when given, trims the white space and line breaks a YAML range carries after
 * its value, so that a finding ends where the value ends, not at the start of the next line.
 */
function rangeLoc(range, lines, file, text) {
    const [start] = range ?? [0, 0];
    const raw = Math.max(start, range?.[1] ?? 0);
    const end = text === undefined ? raw : trimmedEnd(text, start, raw);
    const from = lines.linePos(start);
    const to = lines.linePos(end);
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
/** The node at a JSON pointer (ajv's instancePath), and the key of its map entry. */
function nodeAtPointer(doc, pointer) {
    let target = { node: doc.contents };
    if (!pointer)
        return target;
    for (const raw of pointer.split('/').slice(1)) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const node = target.node;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === segment);
            if (!pair)
                return target;
            target = { node: pair.value ?? pair.key, key: pair.key };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return target;
            target = { node: item };
        }
        else
            return target;
    }
    return target;
}
function keysOf(node) {
    return (0,dist/* isMap */.jh)(node) ? node.items.filter(dist/* isPair */.tO).map((pair) => pair.key) : [];
}
function describePath(pointer) {
    return pointer ? pointer.slice(1).replace(/\//g, '.') : 'the document';
}
function suggestion(word, candidates) {
    if (candidates.length === 0)
        return '';
    const best = (0,mod/* closest */.kp)(word, candidates);
    return (0,mod/* distance */.Io)(word.toLowerCase(), best.toLowerCase()) <= 3 ? ` Did you mean "${best}"?` : '';
}
function schemaProblems(errors, doc, lines, file, what, text) {
    const problems = [];
    const seen = new Set();
    for (const error of errors ?? []) {
        const target = nodeAtPointer(doc, error.instancePath);
        let node = target.node;
        let message;
        const where = describePath(error.instancePath);
        // A value under a secret-looking key is never quoted: it may be the secret itself, pasted in the wrong place.
        const secret = isSecretOrHashName(error.instancePath.split('/').pop() ?? '');
        const value = secret ? 'a value not shown (it may be a secret)' : JSON.stringify((0,dist/* isScalar */.jn)(target.node) ? target.node.value : target.node?.toJSON());
        const propertyName = error.propertyName;
        if (error.keyword === 'propertyNames')
            continue; // the failing keyword under it says what is wrong
        if (propertyName !== undefined) {
            // A key that is not allowed (propertyNames): at the key itself, naming the keys that are.
            node = keysOf(target.node).find((k) => (0,dist/* isScalar */.jn)(k) && String(k.value) === propertyName) ?? node;
            const allowed = error.params.allowedValues?.map(String);
            message = allowed
                ? `${where} has the key "${propertyName}";${suggestion(propertyName, allowed)} Expected one of: ${allowed.join(', ')}`
                : `${where} has the key "${propertyName}", which ${error.message ?? 'is not allowed'}`;
            const loc = rangeLoc(node?.range, lines, file, text);
            problems.push({ message: `invalid ${what}: ${message}`, loc });
            continue;
        }
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                node = keysOf(target.node).find((k) => (0,dist/* isScalar */.jn)(k) && String(k.value) === key) ?? node;
                const allowed = Object.keys(error.parentSchema?.properties ?? {});
                message = `unknown key "${key}" in ${where}.${suggestion(key, allowed)} Expected one of: ${allowed.join(', ')}`;
                break;
            }
            case 'required':
                message = `${where} is missing the required key "${String(error.params.missingProperty)}"`;
                node = target.key ?? target.node;
                break;
            case 'enum':
                message = `${where} is ${value}; expected one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
                break;
            case 'const':
                message = `${where} must be ${JSON.stringify(error.params.allowedValue)}, found ${value}`;
                break;
            case 'type':
                message = `${where} must be ${String(error.params.type)}, found ${secret ? 'another type' : value}`;
                break;
            case 'pattern':
                message = secret
                    ? `${where} does not match the expected pattern ${String(error.params.pattern)} (the value is not shown: it may be a secret)`
                    : `${where} ${value} does not match the expected pattern ${String(error.params.pattern)}`;
                break;
            default:
                message = `${where} ${error.message ?? 'is invalid'}`;
        }
        const loc = rangeLoc(node?.range, lines, file, text);
        const dedupeKey = `${loc.line}:${loc.column}:${message}`;
        if (seen.has(dedupeKey))
            continue;
        seen.add(dedupeKey);
        problems.push({ message: `invalid ${what}: ${message}`, loc });
    }
    return problems;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/config/types.js
const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;
function defaultConfig() {
    return {
        hosting: 'on-premise',
        instances: {},
        enterpriseDashboard: [],
        fields: {},
        imsAccountTypes: [],
        rules: {},
        operatorGroups: [],
        include: [],
        exclude: [],
        allowInlineSuppressions: true,
        maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE,
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/config/load.js
// Loads .github/ims-gate.yml (or --config), validates it against policies/schemas/config.schema.json and
// reports every problem at its line. An invalid config never crashes the scan: its problems become IMS000.












const DEFAULT_CONFIG_PATH = '.github/ims-gate.yml';
/**
 * Thrown when the config file named explicitly (`--config`, the action's `config` input) cannot be used: missing,
 * a folder, unreadable. A usage error (exit 2): a scan with the defaults would check against the wrong policy.
 */
class ConfigPathError extends Error {
}
/** The former name of ConfigPathError. */

/** Every config problem's message starts with this. */
const CONFIG_PROBLEM_PREFIX = 'invalid config: ';
function readExplicitConfig(path, shown) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new ConfigPathError(`config file not found: ${shown}`);
    if ((0,external_node_fs_namespaceObject.statSync)(path).isDirectory())
        throw new ConfigPathError(`config path is a folder, not a YAML file: ${shown}`);
    try {
        return { bytes: (0,external_node_fs_namespaceObject.readFileSync)(path) };
    }
    catch (error) {
        throw new ConfigPathError(`cannot read config file ${shown}: ${fsErrorOf(error)?.reason ?? error.message}`);
    }
}
function readDefaultConfig(path) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return { absent: true };
    if ((0,external_node_fs_namespaceObject.statSync)(path).isDirectory())
        return { problem: `${DEFAULT_CONFIG_PATH} is a folder; expected the YAML config file` };
    try {
        return { bytes: (0,external_node_fs_namespaceObject.readFileSync)(path) };
    }
    catch (error) {
        return { problem: `cannot read ${DEFAULT_CONFIG_PATH}: ${fsErrorOf(error)?.reason ?? error.message}` };
    }
}
function loadConfig(root, explicitPath) {
    const path = explicitPath ? ((0,external_node_path_namespaceObject.isAbsolute)(explicitPath) ? explicitPath : (0,external_node_path_namespaceObject.join)(process.cwd(), explicitPath)) : (0,external_node_path_namespaceObject.join)(root, DEFAULT_CONFIG_PATH);
    const read = explicitPath ? readExplicitConfig(path, explicitPath) : readDefaultConfig(path);
    if ('absent' in read)
        return { config: defaultConfig(), problems: [] };
    // Relative to the root even when the config sits beside it (`../ims-gate.yml`): every path in a report is.
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    const file = (0,external_node_path_namespaceObject.isAbsolute)(rel) ? toPosix(path) : toPosix(rel);
    if ('problem' in read)
        return { config: { ...defaultConfig(), source: file }, problems: [{ loc: fileLoc(file), message: CONFIG_PROBLEM_PREFIX + read.problem }] };
    // Decoded as the readers decode YAML: UTF-8 (BOM optional) or UTF-16 with a BOM; a binary or mis-encoded file is
    // one problem at the offending byte, not a misleading schema error on mojibake.
    const decoded = decodeBytes(file, read.bytes);
    if (!decoded.ok)
        return { config: { ...defaultConfig(), source: file }, problems: [{ ...decoded.problem, message: CONFIG_PROBLEM_PREFIX + decoded.problem.message }] };
    return parseConfig(decoded.text, file);
}
function parseConfig(text, file) {
    const config = defaultConfig();
    config.source = file;
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        // Positions from the text itself (as the manifest reader does): the parser's LineCounter misses the line breaks
        // inside a malformed token, which put the end of an error past the end of its line.
        const map = new LineMap(text);
        return {
            config,
            problems: doc.errors.map((error) => {
                const [start, end] = error.pos;
                return {
                    message: `${CONFIG_PROBLEM_PREFIX}YAML syntax error: ${error.message.split('\n')[0]}`,
                    loc: start < text.length ? map.loc(file, start, Math.min(Math.max(end, start + 1), text.length)) : map.eofLoc(file),
                };
            }),
        };
    }
    const expanded = configValue(doc, text, file);
    if ('problem' in expanded)
        return { config, problems: [expanded.problem] };
    const raw = expanded.raw;
    const validate = schemaValidator('config.schema.json');
    if (!validate(raw))
        return { config, problems: schemaProblems(validate.errors, doc, lines, file, 'config', text) };
    const globs = globProblems(raw, doc, lines, file);
    if (globs.length > 0)
        return { config, problems: globs };
    if (raw.hosting)
        config.hosting = raw.hosting;
    config.instances = raw.instances ?? {};
    config.enterpriseDashboard = raw.enterpriseDashboard === undefined ? [] : [raw.enterpriseDashboard].flat();
    config.fields = raw.fields ?? {};
    config.imsAccountTypes = (raw.imsAccountTypes ?? []).map(String);
    config.rules = raw.rules ?? {};
    config.operatorGroups = raw.operatorGroups ?? [];
    config.include = raw.include ?? [];
    config.exclude = raw.exclude ?? [];
    if (raw.allowInlineSuppressions !== undefined)
        config.allowInlineSuppressions = raw.allowInlineSuppressions;
    if (raw.maxFileSize !== undefined)
        config.maxFileSizeBytes = raw.maxFileSize;
    config.inputs = configuredInputs(doc, text, file);
    return { config, problems: [] };
}
/**
 * The config as JavaScript values, or the problem at the alias that would make expanding it unsafe (an alias bomb,
 * an unknown anchor, a cycle). aliasProblem bounds the expansion exactly, so the yaml package's own guard is off: its
 * count multiplies along chains of aliases and rejects a harmless chain of 15 single aliases, at no line.
 */
function configValue(doc, text, file) {
    const map = new LineMap(text);
    const bad = aliasProblem(doc);
    if (bad) {
        const [start, end] = bad.alias.range ?? [0, 1];
        return { problem: { message: CONFIG_PROBLEM_PREFIX + bad.message, loc: map.loc(file, start, Math.max(end, start + 1)) } };
    }
    try {
        return { raw: (doc.toJS({ maxAliasCount: -1 }) ?? {}) };
    }
    catch (error) {
        if (!(error instanceof ReferenceError || error instanceof RangeError))
            throw error;
        return { problem: { message: `${CONFIG_PROBLEM_PREFIX}cannot expand the YAML aliases: ${error.message}`, loc: fileLoc(file) } };
    }
}
/** The files the (valid) config names, each with the place of its value, so that a missing one is reported there. */
function configuredInputs(doc, text, file) {
    const map = new LineMap(text);
    const inputs = [];
    // An alias stands for its anchor's value (`imsManifest: *shared`): the file it names is configured all the same.
    const resolved = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node);
    const add = (value, kind, key) => {
        const node = resolved(value);
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            return;
        const [start, end] = node.range ?? [0, 0, 0];
        inputs.push({ path: node.value, kind, key, loc: map.loc(file, start, trimmedEnd(text, start, Math.max(start, end))) });
    };
    const instances = resolved(doc.get('instances', true));
    if ((0,dist/* isMap */.jh)(instances)) {
        for (const pair of instances.items) {
            const instance = resolved(pair.value);
            if (!(0,dist/* isScalar */.jn)(pair.key) || !(0,dist/* isMap */.jh)(instance))
                continue;
            add(instance.get('imsManifest', true), 'ims-manifest', `instances.${String(pair.key.value)}.imsManifest`);
        }
    }
    const dashboards = resolved(doc.get('enterpriseDashboard', true));
    if ((0,dist/* isSeq */.oP)(dashboards))
        for (const item of dashboards.items)
            add(item, 'admin-console-csv', 'enterpriseDashboard');
    else
        add(dashboards, 'admin-console-csv', 'enterpriseDashboard');
    return inputs;
}
/** The config's glob lists, as [YAML path, globs]. */
function globLists(raw) {
    const lists = [
        [['include'], raw.include ?? []],
        [['exclude'], raw.exclude ?? []],
    ];
    for (const [name, instance] of Object.entries(raw.instances ?? {}))
        lists.push([['instances', name, 'paths'], instance?.paths ?? []]);
    return lists;
}
/** At most 80 characters of a glob, for a message. */
function shown(glob) {
    return JSON.stringify(glob.length > 80 ? `${glob.slice(0, 80)}…` : glob);
}
/**
 * Every glob that does not compile (unsupported syntax, too long: see src/util/glob.ts), at its line. Like a
 * schema error, it makes the config invalid as a whole: scanning with some globs dropped could skip files.
 */
function globProblems(raw, doc, lines, file) {
    const problems = [];
    for (const [path, globs] of globLists(raw)) {
        globs.forEach((glob, index) => {
            const compiled = compileGlob(glob);
            if (compiled.ok)
                return;
            const node = doc.getIn([...path, index], true);
            const [start, end] = node?.range ?? [0, 0];
            const from = lines.linePos(start);
            const to = lines.linePos(Math.max(start, end));
            problems.push({
                message: `invalid config: ${path.join('.')}[${index}] ${shown(glob)} is not a supported glob: ${compiled.reason}`,
                loc: { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col },
            });
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/discover/configured.js
// The files the config names (an instance's `imsManifest`, the `enterpriseDashboard` exports) are inputs whatever
// their content looks like: they are never sniffed, and never left out by the include/exclude globs or the default
// skips either, since naming a file in the config is the strongest sign that it matters. A named file that does not
// exist (or is a folder, or lies outside the scan root) is an IMS000 error at the config line that names it.



/** The config's path as discovery names files: POSIX, relative to the root, without `./`; undefined outside the root. */
function rootRelative(path) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(path) || /^[A-Za-z]:/.test(path))
        return undefined;
    const normal = external_node_path_namespaceObject.posix.normalize(path.replace(/\\/g, '/'));
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/\/$/, '');
}
/**
 * The kind of each file the config names, by root-relative path, without looking at the file system: for readers
 * of another revision (restart detection reads the base revision from git), which must read these files as the
 * working tree does.
 */
function configuredKinds(config) {
    const kinds = new Map();
    for (const input of config.inputs ?? []) {
        const path = rootRelative(input.path);
        if (path !== undefined && !kinds.has(path))
            kinds.set(path, input.kind);
    }
    return kinds;
}
function configuredFiles(root, config) {
    const result = { files: [], kinds: new Map(), problems: [] };
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    for (const input of config.inputs ?? []) {
        const named = `${input.key} names "${input.path}"`;
        const problem = (what) => {
            result.problems.push({ message: `${named}, which ${what}; expected the path of a file inside the scan root, relative to it`, loc: input.loc });
        };
        const path = rootRelative(input.path);
        if (path === undefined) {
            problem('is not inside the scan root');
            continue;
        }
        if (result.kinds.has(path))
            continue;
        const absolutePath = (0,external_node_path_namespaceObject.join)(realRoot, path);
        let real;
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(absolutePath);
        }
        catch (error) {
            const code = error.code;
            problem(code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
            continue;
        }
        if (relativeInside(realRoot, real) === undefined) {
            problem('is a symbolic link pointing outside the scan root (not followed)');
            continue;
        }
        const stat = (0,external_node_fs_namespaceObject.statSync)(real);
        if (!stat.isFile()) {
            problem(stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file');
            continue;
        }
        result.kinds.set(path, input.kind);
        result.files.push({ path, absolutePath });
    }
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/admin-console-csv.js

const USER_COLUMNS = ['Username', 'Email'];
const GROUP_COLUMNS = ['Product Configurations', 'User Groups'];
/** Row-level problems reported before the rest are summed up in one last problem. */
const MAX_ROW_PROBLEMS = 50;
class CsvSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const QUOTE = 0x22;
/**
 * The offset of the line break that ends the line holding `pos` (or the length of the text). Lines end as csv-parse
 * ends them: at LF, CRLF, or a lone CR (Excel's "CSV (Macintosh)"), mixed in one file if need be.
 */
function lineBreakAt(text, pos) {
    for (let i = pos; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || c === 0x0d)
            return i;
    }
    return text.length;
}
/** The start of the line after the line break at `at` (CRLF is one break). */
function nextLineStart(text, at) {
    if (at >= text.length)
        return text.length;
    return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
}
/** Scans the record starting at `pos` into `row`; returns the offset of the next record. */
function scanRow(text, pos, sep, row, lines) {
    const len = text.length;
    row.start = pos;
    row.count = 0;
    for (;;) {
        const cell = row.count++;
        if (text.charCodeAt(pos) === QUOTE) {
            const open = pos;
            let i = pos + 1;
            let escaped = 0;
            let close;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q === -1) {
                    throw new CsvSyntaxError(`malformed CSV: unclosed quote: the quoted cell opened at ${lines.describe(open)} has no closing '"' (a '"' inside a quoted cell is written "")`, len);
                }
                if (text.charCodeAt(q + 1) === QUOTE) {
                    escaped = 1;
                    i = q + 2;
                    continue;
                }
                close = q;
                break;
            }
            row.cellStart[cell] = open + 1;
            row.cellEnd[cell] = close;
            row.cellEscaped[cell] = escaped;
            const after = close + 1;
            const c = text.charCodeAt(after);
            if (c === sep) {
                pos = after + 1;
                continue;
            }
            if (after >= len) {
                row.end = len;
                return len;
            }
            if (c === 0x0a) {
                row.end = after;
                return after + 1;
            }
            if (c === 0x0d) {
                row.end = after;
                return text.charCodeAt(after + 1) === 0x0a ? after + 2 : after + 1;
            }
            throw new CsvSyntaxError(`malformed CSV: expected '${String.fromCharCode(sep)}' or the end of the line after the closing quote of the cell opened at ${lines.describe(open)}, found '${text[after]}'`, after);
        }
        let i = pos;
        while (i < len) {
            const c = text.charCodeAt(i);
            if (c === sep || c === 0x0a || c === 0x0d)
                break;
            i++;
        }
        row.cellStart[cell] = pos;
        row.cellEnd[cell] = i;
        row.cellEscaped[cell] = 0;
        if (i < len && text.charCodeAt(i) === sep) {
            pos = i + 1;
            continue;
        }
        row.end = i;
        return nextLineStart(text, i);
    }
}
function cellValue(text, row, cell) {
    const raw = text.slice(row.cellStart[cell], row.cellEnd[cell]);
    return row.cellEscaped[cell] ? raw.replace(/""/g, '"') : raw;
}
/** The cells of a header line, split naively (header names hold no separators), unquoted and trimmed. */
function headerNames(line, sep) {
    return line.split(sep).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}
/** Whether a header line names an Admin Console user export when split on `sep`. */
function isDashboardHeader(line, sep) {
    const names = headerNames(line, sep).map((name) => name.toLowerCase());
    return USER_COLUMNS.some((c) => names.includes(c.toLowerCase())) && GROUP_COLUMNS.some((c) => names.includes(c.toLowerCase()));
}
/** The separator of a header line: the one (',' or ';') that splits it into the expected columns. */
function detectSeparator(line) {
    if (isDashboardHeader(line, ','))
        return ',';
    if (isDashboardHeader(line, ';'))
        return ';';
    return undefined;
}
function isBlank(text, start, end) {
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a)
            return false;
    }
    return true;
}
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/**
 * Splits a multi-valued cell on ',' and locates every name. Only the white space next to a ',' is dropped, so a
 * stray space at either end of the cell, or inside a name, is kept for the rules to see.
 */
function pushGroups(file, text, lines, row, cell, groups) {
    const start = row.cellStart[cell];
    const end = row.cellEnd[cell];
    if (start === end)
        return;
    if (!row.cellEscaped[cell]) {
        let from = start;
        for (;;) {
            // Searched within the cell only: with ';' separators a cell may hold no ',', and an unbounded indexOf would
            // scan to the end of the file for every cell.
            let to = from;
            while (to < end && text.charCodeAt(to) !== 0x2c)
                to++;
            let a = from;
            let b = to;
            if (from !== start)
                while (a < b && isSpace(text.charCodeAt(a)))
                    a++;
            if (to !== end)
                while (b > a && isSpace(text.charCodeAt(b - 1)))
                    b--;
            if (!isBlank(text, a, b))
                groups.push({ value: text.slice(a, b), loc: lines.loc(file, a, b) });
            if (to === end)
                return;
            from = to + 1;
        }
    }
    // A cell with doubled quotes: map each character of the value back to its offset in the text.
    const value = [];
    const offsets = [];
    for (let i = start; i < end; i++) {
        value.push(text[i]);
        offsets.push(i);
        if (text.charCodeAt(i) === QUOTE)
            i++;
    }
    offsets.push(end);
    let from = 0;
    for (let k = 0; k <= value.length; k++) {
        if (k < value.length && value[k] !== ',')
            continue;
        let a = from;
        let b = k;
        if (from !== 0)
            while (a < b && isSpace(value[a].charCodeAt(0)))
                a++;
        if (k !== value.length)
            while (b > a && isSpace(value[b - 1].charCodeAt(0)))
                b--;
        const name = value.slice(a, b).join('');
        if (name.trim() !== '')
            groups.push({ value: name, loc: lines.loc(file, offsets[a], offsets[b]) });
        from = k + 1;
    }
}
function readAdminConsoleCsv(file, bytes) {
    const { result, text, lines } = openCandidate(file, 'admin-console-csv', bytes);
    if (text === undefined)
        return result;
    const len = text.length;
    // The header: the first non-blank line, after an optional Excel `sep=X` line.
    let pos = 0;
    let sep;
    for (;;) {
        const lineEnd = lineBreakAt(text, pos);
        if (!isBlank(text, pos, lineEnd) || lineEnd >= len)
            break;
        pos = nextLineStart(text, lineEnd);
    }
    const firstLine = (from) => text.slice(from, lineBreakAt(text, from));
    const hint = /^sep=([,;])$/.exec(firstLine(pos));
    if (hint) {
        sep = hint[1];
        pos = nextLineStart(text, lineBreakAt(text, pos));
    }
    const headerLine = firstLine(pos);
    sep ??= detectSeparator(headerLine);
    if (sep === undefined || !isDashboardHeader(headerLine, sep)) {
        result.problems.push({
            message: `not an Admin Console user export: expected a header line with ${USER_COLUMNS.join(' or ')} and ${GROUP_COLUMNS.join(' and/or ')}, separated by ',' or ';'`,
            loc: lines.loc(file, pos, pos + headerLine.length),
        });
        return result;
    }
    const sepCode = sep.charCodeAt(0);
    const row = { start: 0, end: 0, count: 0, cellStart: [], cellEnd: [], cellEscaped: [] };
    const users = [];
    const problems = [];
    let extraProblems = 0;
    const headerStart = pos;
    let headerEnd = pos;
    try {
        pos = scanRow(text, pos, sepCode, row, lines);
        headerEnd = row.end;
        const header = [];
        for (let c = 0; c < row.count; c++)
            header.push(cellValue(text, row, c).trim());
        const width = row.count;
        const column = (name) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
        const username = column('Username');
        const email = column('Email');
        const groupColumns = GROUP_COLUMNS.map(column).filter((c) => c !== -1);
        while (pos < len) {
            const next = scanRow(text, pos, sepCode, row, lines);
            if (row.count === 1 && row.cellEscaped[0] === 0 && isBlank(text, row.start, row.end) && text.charCodeAt(row.start) !== QUOTE) {
                pos = next;
                continue;
            }
            const loc = lines.loc(file, row.start, row.end);
            if (row.count !== width) {
                if (problems.length < MAX_ROW_PROBLEMS) {
                    problems.push({ message: `malformed CSV: this row has ${row.count} cells but the header has ${width} (separator '${sep}'); the row is skipped`, loc });
                }
                else
                    extraProblems++;
                pos = next;
                continue;
            }
            const user = { loc, groups: [] };
            if (username !== -1) {
                const value = cellValue(text, row, username);
                if (value !== '')
                    user.username = value;
            }
            if (email !== -1) {
                const value = cellValue(text, row, email);
                if (value !== '')
                    user.email = value;
            }
            for (const c of groupColumns)
                pushGroups(file, text, lines, row, c, user.groups);
            users.push(user);
            pos = next;
        }
    }
    catch (error) {
        if (!(error instanceof CsvSyntaxError))
            throw error;
        result.problems = [{ message: error.message, loc: lines.charLoc(file, error.offset) }];
        return result;
    }
    if (extraProblems > 0) {
        const last = problems[problems.length - 1];
        problems.push({ message: `malformed CSV: ${extraProblems} more rows have the wrong number of cells and were skipped`, loc: last.loc });
    }
    if (users.length === 0 && problems.length === 0) {
        // An export always lists the users it was made for: no rows means a truncated or wrong file, never "no one".
        problems.push({
            message: `Admin Console user export without users: the header (${lines.describe(headerStart)}) is followed by no user rows; expected one row per user, as the Admin Console exports them`,
            loc: lines.loc(file, headerStart, headerEnd),
        });
    }
    result.problems = problems;
    result.dashboard = { users };
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/sniff.js


const CAMPAIGN_MARKERS = ['nms:extAccount', 'xtk:group'];
const MANIFEST_MARKER = 'ims-provisioning';
/** How much of the start of a CSV file is searched for its header line. */
const CSV_HEAD = 64 * 1024;
/** A window of a huge file cannot decide alone: a marker's context crosses one of its edges. */
const EDGE = 'edge';
const WHOLE = { start: false, end: false };
function baseName(relPath) {
    const slash = relPath.lastIndexOf('/');
    return slash === -1 ? relPath : relPath.slice(slash + 1);
}
function isWhiteByte(b) {
    return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
function isQuote(b) {
    return b === 0x22 || b === 0x27;
}
/** The offset of the first byte that is not white space. */
function firstSignificant(view) {
    let i = 0;
    while (i < view.length && isWhiteByte(view[i]))
        i++;
    return i;
}
function isNameByte(b) {
    return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x3a || b === 0x2d || b === 0x2e || b >= 0x80;
}
function nameAt(view, from) {
    let end = from;
    while (end < view.length && end - from < 256 && isNameByte(view[end]))
        end++;
    return end > from ? view.toString('latin1', from, end) : undefined;
}
// ---------------------------------------------------------------- decoding
/** Single-byte WHATWG encodings: bytes 0x00-0x7F are ASCII, so an ASCII marker is the same bytes as in UTF-8. */
const SINGLE_BYTE = /^(ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic)$/;
function decodedView(bytes, encoding) {
    return Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8');
}
function withoutNul(bytes) {
    const out = Buffer.allocUnsafe(bytes.length);
    let n = 0;
    for (let from = 0; from < bytes.length;) {
        let nul = bytes.indexOf(0, from);
        if (nul === -1)
            nul = bytes.length;
        n += bytes.copy(out, n, from, nul);
        from = nul + 1;
    }
    return out.subarray(0, n);
}
function fileView(bytes) {
    const utf16 = utf16Encoding(bytes);
    if (utf16)
        return { bytes: decodedView(bytes, utf16.encoding), encoding: utf16.encoding, binary: false };
    if (bytes.indexOf(0) !== -1)
        return { bytes, binary: true };
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const declared = declaredXmlEncoding(bytes);
    if (declared && !isUnicodeLabel(declared)) {
        let canonical;
        try {
            canonical = new TextDecoder(declared).encoding;
        }
        catch {
            return undefined;
        }
        if (!SINGLE_BYTE.test(canonical))
            return { bytes: decodedView(bytes, canonical), encoding: canonical, binary: false };
    }
    return { bytes: bom ? bytes.subarray(3) : bytes, binary: false };
}
/** A later window, decoded as the first window said. */
function windowView(bytes, state) {
    if (state.encoding)
        return decodedView(bytes, state.encoding);
    return state.binary ? withoutNul(bytes) : bytes;
}
/** The end of a DOCTYPE internal subset that opens at `open` ('['): its ']' outside quotes and comments, or -1. */
function internalSubsetEnd(view, open) {
    let i = open + 1;
    while (i < view.length) {
        const b = view[i];
        if (b === 0x5d /* ] */)
            return i;
        if (isQuote(b)) {
            const close = view.indexOf(b, i + 1);
            if (close === -1)
                return -1;
            i = close + 1;
        }
        else if (b === 0x3c && view[i + 1] === 0x21 && view[i + 2] === 0x2d && view[i + 3] === 0x2d) {
            const close = view.indexOf('-->', i + 4);
            if (close === -1)
                return -1;
            i = close + 3;
        }
        else
            i++;
    }
    return -1;
}
/** Walks the prolog (declaration, comments, PIs, DOCTYPE) to the first start tag. Linear; no look-ahead limit. */
function readProlog(view, from) {
    const prolog = { subsetMentionsSchema: false, unfinished: true };
    let i = from;
    for (;;) {
        const lt = view.indexOf(0x3c, i);
        if (lt === -1 || lt + 1 >= view.length)
            return prolog;
        const next = view[lt + 1];
        if (next === 0x3f /* ? */) {
            const close = view.indexOf('?>', lt + 2);
            if (close === -1)
                return prolog;
            i = close + 2;
        }
        else if (next === 0x21 /* ! */) {
            if (view[lt + 2] === 0x2d && view[lt + 3] === 0x2d) {
                const close = view.indexOf('-->', lt + 4);
                if (close === -1)
                    return prolog;
                i = close + 3;
                continue;
            }
            // DOCTYPE: its name, then past its internal subset (if any) to its '>'.
            if (view.toString('latin1', lt, lt + 9) === '<!DOCTYPE') {
                let n = lt + 9;
                while (n < view.length && isWhiteByte(view[n]))
                    n++;
                prolog.doctype = nameAt(view, n);
            }
            const bracket = view.indexOf(0x5b, lt);
            const close = view.indexOf(0x3e, lt);
            if (close === -1)
                return prolog;
            if (bracket !== -1 && bracket < close) {
                const end = internalSubsetEnd(view, bracket);
                if (end === -1)
                    return prolog;
                if (view.subarray(bracket, end).indexOf('schema') !== -1)
                    prolog.subsetMentionsSchema = true;
                const after = view.indexOf(0x3e, end);
                if (after === -1)
                    return prolog;
                i = after + 1;
            }
            else
                i = close + 1;
        }
        else {
            prolog.root = nameAt(view, lt + 1);
            prolog.unfinished = false;
            return prolog;
        }
    }
}
const MARKER_BYTES = CAMPAIGN_MARKERS.map((marker) => Buffer.from(marker, 'latin1'));
const SCHEMA = Buffer.from('schema', 'latin1');
const PREDEFINED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([A-Za-z_:][A-Za-z0-9_.:-]*));/g;
/**
 * Decodes references in an attribute value. Undefined when a reference cannot be decoded here: an unknown entity
 * (which a DOCTYPE might define) or a malformed '&'.
 */
function decodeReferences(raw) {
    let unknown = false;
    const decoded = raw.replace(REFERENCE, (_ref, dec, hex, name) => {
        if (name !== undefined) {
            const value = Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
            if (value === undefined)
                unknown = true;
            return value ?? '';
        }
        const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    });
    return unknown || decoded.includes('&') ? undefined : decoded;
}
function isMarkerBytes(view, start, end) {
    for (const marker of MARKER_BYTES)
        if (end - start === marker.length && view.compare(marker, 0, marker.length, start, end) === 0)
            return true;
    return false;
}
/**
 * Whether the attribute value [start, end) is a record schema. It is compared decoded (references) and trimmed:
 * trimming is looser than Campaign, so it can only add candidates. A value that holds '<' is malformed XML; it is
 * a candidate when a marker is in it, so that the reader reports it.
 */
function valueIsMarker(view, start, end) {
    let a = start;
    let b = end;
    while (a < b && isWhiteByte(view[a]))
        a++;
    while (b > a && isWhiteByte(view[b - 1]))
        b--;
    if (isMarkerBytes(view, a, b))
        return true;
    // Searched within the value only (an indexOf to the end of the file for every value would be quadratic).
    let special = false;
    for (let i = a; i < b && !special; i++)
        special = view[i] === 0x26 || view[i] === 0x3c;
    if (!special)
        return false;
    const raw = view.toString('latin1', a, b);
    const decoded = decodeReferences(raw);
    if (decoded === undefined)
        return true;
    if (CAMPAIGN_MARKERS.includes(decoded.trim()))
        return true;
    return raw.includes('<') && CAMPAIGN_MARKERS.some((marker) => decoded.includes(marker));
}
/**
 * After an attribute name ending at `i`: white space of any length, '=', white space, then a quoted value. Its
 * value's offsets; undefined when what follows is not an attribute value; EDGE when the bytes end before it does.
 */
function attributeValueAt(view, i, cut) {
    const len = view.length;
    while (i < len && isWhiteByte(view[i]))
        i++;
    if (i >= len)
        return cut.end ? EDGE : undefined;
    if (view[i] !== 0x3d /* = */)
        return undefined;
    i++;
    while (i < len && isWhiteByte(view[i]))
        i++;
    if (i >= len)
        return cut.end ? EDGE : undefined;
    const quote = view[i];
    if (!isQuote(quote))
        return undefined;
    const close = view.indexOf(quote, i + 1);
    if (close === -1)
        return cut.end ? EDGE : { start: i + 1, end: len };
    return { start: i + 1, end: close };
}
function isEntitiesTag(view, lt) {
    return view.toString('latin1', lt, lt + 9) === '<entities' && isWhiteByte(view[lt + 9]);
}
/**
 * Whether a record schema is the value of `xtkschema=`, or of `schema=` on an `<entities>` element. Every
 * `schema` in the bytes is looked at; the cost stays linear: the white space skipped after a name is never skipped
 * again, a value ends at the next quote of its kind, and the start of a tag is searched backwards only as far as
 * the previous search went.
 */
function hasCampaignMarker(view, cut) {
    let searchedTo = 0;
    let lastLt = -1;
    for (let hit = view.indexOf(SCHEMA); hit !== -1; hit = view.indexOf(SCHEMA, hit + SCHEMA.length)) {
        const value = attributeValueAt(view, hit + 6, cut);
        if (value === EDGE)
            return EDGE;
        if (value === undefined || !valueIsMarker(view, value.start, value.end))
            continue;
        // `xtkschema=` marks a record on any element.
        if (hit < 3) {
            if (cut.start)
                return EDGE;
        }
        else if (view[hit - 3] === 0x78 && view[hit - 2] === 0x74 && view[hit - 1] === 0x6b)
            return true;
        // `schema=` counts on <entities> only: on a record it is an ordinary field. The tag starts at the last '<'
        // before the attribute ('<' cannot appear inside a tag).
        const rel = view.subarray(searchedTo, hit).lastIndexOf(0x3c);
        if (rel !== -1)
            lastLt = searchedTo + rel;
        searchedTo = hit;
        if (lastLt === -1) {
            if (cut.start)
                return EDGE;
            continue;
        }
        if (isEntitiesTag(view, lastLt))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------- manifests
function sniff_isBlank(b) {
    return b === 0x20 || b === 0x09;
}
/**
 * Whether the key that ends just before `end` (exclusive) is a top-level `kind`: unquoted at column 0 (possibly
 * after a `--- ` document start) or in a flow map; quoted (JSON) at any indentation or in a map.
 */
function isTopLevelKindKey(view, end) {
    let start = end - 4;
    let quoted = false;
    if (isQuote(view[end - 1])) {
        quoted = true;
        start = end - 6;
        if (start < 0 || view[start] !== view[end - 1])
            return false;
        if (view.toString('latin1', start + 1, end - 1) !== 'kind')
            return false;
    }
    else if (start < 0 || view.toString('latin1', start, end) !== 'kind')
        return false;
    let i = start - 1;
    while (i >= 0 && sniff_isBlank(view[i]))
        i--;
    if (i >= 0 && (view[i] === 0x7b /* { */ || view[i] === 0x2c) /* , */)
        return true;
    const atLineStart = i < 0 || view[i] === 0x0a || view[i] === 0x0d;
    if (quoted)
        return atLineStart;
    if (i === start - 1 && atLineStart)
        return true;
    // `--- kind: …`: a document start at column 0, then the key.
    return i >= 2 && i < start - 1 && view.toString('latin1', i - 2, i + 1) === '---' && (i < 3 || view[i - 3] === 0x0a || view[i - 3] === 0x0d);
}
/** Whether `ims-provisioning` at `hit` is the value of a top-level `kind` key (the value may be on the next line). */
function isManifestKindAt(view, hit) {
    let start = hit;
    let end = hit + MANIFEST_MARKER.length;
    if (start > 0 && isQuote(view[start - 1])) {
        if (view[end] !== view[start - 1])
            return false;
        start--;
        end++;
    }
    // After the value: the end of the line, a comment, or the next item of a flow map.
    let j = end;
    while (j < view.length && sniff_isBlank(view[j]))
        j++;
    if (j < view.length && ![0x0a, 0x0d, 0x23, 0x2c, 0x7d].includes(view[j]))
        return false;
    // Before it: white space (line breaks included), ':', white space, the key.
    let i = start - 1;
    while (i >= 0 && isWhiteByte(view[i]))
        i--;
    if (i < 0 || view[i] !== 0x3a /* : */)
        return false;
    i--;
    while (i >= 0 && isWhiteByte(view[i]))
        i--;
    return isTopLevelKindKey(view, i + 1);
}
function hasManifestMarker(view) {
    for (let hit = view.indexOf(MANIFEST_MARKER); hit !== -1; hit = view.indexOf(MANIFEST_MARKER, hit + MANIFEST_MARKER.length)) {
        if (isManifestKindAt(view, hit))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------- CSV
/** The end of the line starting at `start`: its LF, or its CR (CRLF and Excel's CR-only line endings). */
function lineEnd(view, start) {
    for (let i = start; i < view.length; i++)
        if (view[i] === 0x0a || view[i] === 0x0d)
            return i;
    return view.length;
}
function nextLine(view, end) {
    return view[end] === 0x0d && view[end + 1] === 0x0a ? end + 2 : end + 1;
}
/** The Admin Console header test on the first non-blank line (after an optional `sep=X` line). */
function hasDashboardHeader(view, from) {
    let start = from;
    for (let attempt = 0; attempt < 2; attempt++) {
        const end = lineEnd(view, start);
        if (end - start > CSV_HEAD)
            return false;
        const line = view.toString('utf8', start, end);
        if (attempt === 0 && /^sep=[,;]$/.test(line)) {
            start = nextLine(view, end);
            continue;
        }
        return detectSeparator(line) !== undefined;
    }
    return false;
}
// ---------------------------------------------------------------- kinds
function isConfigName(lower) {
    return /^config-.+\.xml$/.test(lower);
}
function sniffView(relPath, view, cut) {
    const lower = baseName(relPath).toLowerCase();
    const ext = lower.slice(lower.lastIndexOf('.') + 1);
    const isXmlName = ext === 'xml';
    if (view === undefined) {
        // A declared encoding that cannot be decoded here (only an XML declaration declares one, so the file is XML):
        // nothing is proven about the content, so the file is read, and its reader reports the encoding.
        return lower === 'serverconf.xml' || isConfigName(lower) ? 'server-conf' : 'campaign-xml';
    }
    const v = view.bytes;
    const start = firstSignificant(v);
    const looksXml = start < v.length && v[start] === 0x3c;
    if (looksXml) {
        const prolog = readProlog(v, start);
        if (prolog.root === 'serverconf' || prolog.doctype === 'serverconf')
            return 'server-conf';
        if (prolog.unfinished && cut.end)
            return EDGE;
        if (prolog.subsetMentionsSchema)
            return lower === 'serverconf.xml' ? 'server-conf' : 'campaign-xml';
    }
    if (lower === 'serverconf.xml')
        return 'server-conf';
    if (looksXml || isXmlName) {
        const marker = hasCampaignMarker(view.binary ? withoutNul(v) : v, cut);
        if (marker !== false)
            return marker === EDGE ? EDGE : 'campaign-xml';
    }
    if (isConfigName(lower) && (start >= v.length || view.binary))
        return 'server-conf';
    if (looksXml)
        return undefined;
    if (start < v.length && hasDashboardHeader(v, start))
        return 'admin-console-csv';
    if ((ext === 'yml' || ext === 'yaml' || ext === 'json') && hasManifestMarker(v))
        return 'ims-manifest';
    return undefined;
}
/**
 * Sniffs one window of a huge file. The first window (no `state`) is sniffed as a whole file would be; the later
 * ones for record markers only. `last` says whether the window ends at the end of the file. Returns 'whole' when
 * the window cannot decide (a marker's context crosses its edge): the caller then sniffs the whole file.
 */
function sniffWindow(relPath, bytes, place) {
    const cut = { start: place.state !== undefined, end: !place.last };
    try {
        if (place.state) {
            const state = place.state;
            if (!state.xml)
                return { kind: undefined, state };
            const marker = hasCampaignMarker(windowView(bytes, state), cut);
            return { kind: marker === EDGE ? 'whole' : marker ? 'campaign-xml' : undefined, state };
        }
        const view = fileView(bytes);
        const v = view?.bytes ?? bytes;
        const start = firstSignificant(v);
        const state = { xml: relPath.toLowerCase().endsWith('.xml') || (start < v.length && v[start] === 0x3c), encoding: view?.encoding, binary: view?.binary ?? false };
        const kind = sniffView(relPath, view, cut);
        return { kind: kind === EDGE ? 'whole' : kind, state };
    }
    catch {
        // Never throws; a file whose sniffing failed is read when it may be XML.
        return { kind: relPath.toLowerCase().endsWith('.xml') ? 'campaign-xml' : undefined, state: { xml: true, binary: false } };
    }
}
/**
 * Content sniff of a whole file. Returns the kind, or undefined when the file is provably not Campaign/IMS
 * configuration. `relPath` is the POSIX path relative to the root (serverConf.xml / config-<name>.xml names
 * count). Never throws.
 */
function sniffKind(relPath, bytes) {
    try {
        const kind = sniffView(relPath, fileView(bytes), WHOLE);
        // EDGE cannot happen on a whole file; were it to, the file is read.
        return kind === EDGE ? 'campaign-xml' : kind;
    }
    catch {
        return relPath.toLowerCase().endsWith('.xml') ? 'campaign-xml' : undefined;
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/discover/load.js
// Reads discovered files and keeps only Campaign/IMS configuration. Unrelated files cost one read and a
// byte search; huge files are sniffed in windows so that they are never held whole unless they matter. Files the
// config names (configured inputs) are never sniffed: they are read as the kind the config says.


/** Files above this are sniffed chunk by chunk before being read whole. */
const STREAM_THRESHOLD = 16 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;
/**
 * Overlap between windows, longer than any marker name (`xtkschema`), so that every marker is whole in some window.
 * A marker whose context (white space, value, tag start) crosses a window's edge makes the whole file sniffed.
 */
const OVERLAP = 256;
/** Reads up to `length` bytes from `start` into the start of `into` (readSync may return fewer); how many were read. */
function readFully(fd, into, start, length) {
    let offset = 0;
    while (offset < length) {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, into, offset, length - offset, start + offset);
        if (read === 0)
            break;
        offset += read;
    }
    return offset;
}
function readWhole(fd, size) {
    const bytes = Buffer.allocUnsafe(size);
    const read = readFully(fd, bytes, 0, size);
    return read === size ? bytes : bytes.subarray(0, read);
}
/**
 * Sniffs a huge file window by window: the first window as a whole file (root element, header, path-based kinds),
 * the later ones for record markers only. When a window cannot decide, the whole file is read and sniffed.
 * `chunk` is a parameter for the tests, which check that windows of any size find what a whole-file sniff finds.
 */
function sniffByWindows(path, size, readAt, sniff, chunk = CHUNK) {
    const window = Buffer.allocUnsafe(chunk + OVERLAP);
    let state;
    for (let position = 0; position < size; position += chunk) {
        const start = Math.max(0, position - OVERLAP);
        const read = readAt(window, start, Math.min(chunk + OVERLAP, size - start));
        const sniffed = sniffWindow(path, window.subarray(0, read), { state, last: start + read >= size });
        if (sniffed.kind === 'whole') {
            const whole = Buffer.allocUnsafe(size);
            const bytes = whole.subarray(0, readAt(whole, 0, size));
            const kind = sniff(path, bytes);
            return kind ? { kind, bytes } : undefined;
        }
        if (sniffed.kind)
            return { kind: sniffed.kind };
        state = sniffed.state;
    }
    return undefined;
}
/**
 * `configured` holds the kind of each file the config names: such a file is read as that kind, whatever its
 * content looks like.
 */
function loadCandidates(files, maxFileSizeBytes, sniff, configured = new Map()) {
    const candidates = [];
    const skipped = [];
    let filesScanned = 0;
    for (const file of files) {
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(file.absolutePath, 'r');
            const { size } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (size > maxFileSizeBytes) {
                skipped.push({ path: file.path, reason: `file of ${size} bytes is over the size limit of ${maxFileSizeBytes} bytes (maxFileSize), not scanned` });
                continue;
            }
            filesScanned++;
            const configuredKind = configured.get(file.path);
            if (configuredKind) {
                candidates.push({ path: file.path, kind: configuredKind, bytes: readWhole(fd, size) });
                continue;
            }
            if (size > STREAM_THRESHOLD) {
                const open = fd;
                const readAt = (into, start, length) => readFully(open, into, start, length);
                const found = sniffByWindows(file.path, size, readAt, sniff);
                if (found)
                    candidates.push({ path: file.path, kind: found.kind, bytes: found.bytes ?? readWhole(fd, size) });
                continue;
            }
            const bytes = readWhole(fd, size);
            const kind = sniff(file.path, bytes);
            if (kind)
                candidates.push({ path: file.path, kind, bytes });
        }
        catch (error) {
            skipped.push({ path: file.path, reason: `cannot read file: ${error.code ?? String(error)}` });
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    return { candidates, skipped, filesScanned };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/discover/skipped-folders.js
// Folders skipped by default (node_modules, dist) are not scanned, but nothing may be skipped silently: when one
// of them holds what looks like Campaign/IMS configuration, the scan says so in one notice naming them.
//
// The look is bounded, so that a large node_modules costs next to nothing: per folder, breadth first, at most
// MAX_ENTRIES directory entries are listed and at most MAX_SNIFFED files with a configuration-like name (*.xml,
// *.csv, *.yml, *.yaml, *.json) are sniffed, each on its first MAX_SNIFF_BYTES bytes; at most MAX_FOLDERS folders
// are looked into. A candidate beyond these bounds goes unnoticed; one within them is always named. Symbolic links
// are not followed (as in discovery), and .git is never looked into.


const MAX_FOLDERS = 20;
const MAX_ENTRIES = 2000;
const MAX_SNIFFED = 50;
const MAX_SNIFF_BYTES = 1024 * 1024;
const CONFIG_LIKE = /\.(xml|csv|ya?ml|json)$/i;
/** Names every npm package has, never configuration: not worth a sniff out of the budget. */
const NEVER_CONFIG = new Set(['package.json', 'package-lock.json', 'tsconfig.json']);
function head(absolutePath) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(absolutePath, 'r');
    try {
        const buffer = Buffer.allocUnsafe(MAX_SNIFF_BYTES);
        let length = 0;
        while (length < MAX_SNIFF_BYTES) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, MAX_SNIFF_BYTES - length, length);
            if (read === 0)
                break;
            length += read;
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The first file under `folder` (relative to the root) that sniffs as configuration, within the bounds. */
function firstCandidate(root, folder, sniff, read) {
    const queue = [folder];
    let entries = 0;
    let sniffed = 0;
    while (queue.length > 0 && entries < MAX_ENTRIES && sniffed < MAX_SNIFFED) {
        const dir = queue.shift();
        let listing;
        try {
            listing = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of listing) {
            if (++entries > MAX_ENTRIES)
                break;
            const path = `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    queue.push(path);
                continue;
            }
            if (!entry.isFile() || !CONFIG_LIKE.test(entry.name) || NEVER_CONFIG.has(entry.name) || read.has(path))
                continue;
            if (++sniffed > MAX_SNIFFED)
                break;
            let kind;
            try {
                kind = sniff(path, head((0,external_node_path_namespaceObject.join)(root, path)));
            }
            catch {
                continue;
            }
            if (kind)
                return { path, kind };
        }
    }
    return undefined;
}
/**
 * One notice naming the default-skipped folders that hold candidates, or undefined when none does. `read` holds the
 * files that are read anyway (the config names them), which are not a reason for the notice.
 */
function skippedFoldersNotice(root, folders, sniff, read = new Set()) {
    const holding = [];
    for (const folder of folders.slice(0, MAX_FOLDERS)) {
        const found = firstCandidate(root, folder, sniff, read);
        if (found)
            holding.push({ folder, ...found });
    }
    if (holding.length === 0)
        return undefined;
    const names = holding.map((h) => `${h.folder}/`).join(', ');
    const examples = holding.map((h) => `${h.path} (${h.kind})`).join(', ');
    const one = holding.length === 1;
    return {
        path: holding[0].folder,
        reason: `not scanned: ${names} ${one ? 'is a folder' : 'are folders'} skipped by default, but ${one ? 'holds' : 'hold'} what looks like Campaign/IMS configuration: ${examples}. ` +
            `Move the configuration out of ${one ? 'it' : 'them'}, or exclude ${one ? 'it' : 'them'} in the config (exclude: ["${holding[0].folder}/**"]) to say ${one ? 'it is' : 'they are'} not to be scanned.`,
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/discover/policy.js

/** Folders never worth scanning: VCS data, dependencies, and our own bundle. */
const DEFAULT_SKIPPED_FOLDERS = ['.git', 'node_modules', 'dist'];
/** Default skips that may hold files a person put there (unlike .git): worth a look, so that none is skipped silently. */
const LOOKED_INTO = ['node_modules', 'dist'];
function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    return globMatcher(globs);
}
function discoveryPolicy(config) {
    const included = config.include.length > 0 ? matcher(config.include) : () => true;
    const excluded = matcher(config.exclude);
    const excludedFolder = (path) => excluded(path) || excluded(`${path}/`);
    const name = (path) => path.slice(path.lastIndexOf('/') + 1);
    return {
        entersFolder: (path) => !DEFAULT_SKIPPED_FOLDERS.includes(name(path)) && !excludedFolder(path),
        takesFile: (path) => !excluded(path) && included(path),
        skippedByDefault: (path) => LOOKED_INTO.includes(name(path)) && !excludedFolder(path),
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/discover/walk.js
// Walks the scan root. Which folders and files it visits is policy.ts's decision (default skips, include/exclude
// globs); this module adds the symlink policy, which never leaves the root.




function discover(root, config) {
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    const policy = discoveryPolicy(config);
    const files = [];
    const skipped = [];
    const skippedByDefault = [];
    const stack = [''];
    while (stack.length > 0) {
        const dirRel = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(realRoot, dirRel), { withFileTypes: true });
        }
        catch (error) {
            skipped.push({ path: dirRel || '.', reason: `cannot list folder: ${error.code ?? String(error)}` });
            continue;
        }
        for (const entry of entries) {
            const path = dirRel ? `${dirRel}/${entry.name}` : entry.name;
            const absolutePath = (0,external_node_path_namespaceObject.join)(realRoot, path);
            if (entry.isDirectory()) {
                if (!policy.entersFolder(path)) {
                    if (policy.skippedByDefault(path))
                        skippedByDefault.push(path);
                    continue;
                }
                stack.push(path);
                continue;
            }
            if (!policy.takesFile(path))
                continue;
            if (entry.isSymbolicLink()) {
                // A link is read only when it resolves to a regular file inside the root; linked folders are
                // never entered, which also rules out loops.
                let target;
                try {
                    target = (0,external_node_fs_namespaceObject.realpathSync)(absolutePath);
                }
                catch {
                    skipped.push({ path, reason: 'broken or looping symbolic link, not followed' });
                    continue;
                }
                if (relativeInside(realRoot, target) === undefined) {
                    skipped.push({ path, reason: 'symbolic link pointing outside the scan root, not followed' });
                    continue;
                }
                if ((0,external_node_fs_namespaceObject.statSync)(target).isDirectory()) {
                    skipped.push({ path, reason: 'symbolic link to a folder, not followed (each folder is scanned once, at its real path)' });
                    continue;
                }
                if (!(0,external_node_fs_namespaceObject.statSync)(target).isFile())
                    continue;
            }
            else if (!entry.isFile())
                continue;
            files.push({ path, absolutePath });
        }
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    files.sort(byPath);
    skipped.sort(byPath);
    skippedByDefault.sort();
    return { files, skipped, skippedByDefault };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/gate/baseline.js
// The baseline: fingerprints of findings a repository already had when it adopted ims-gate.


const DEFAULT_BASELINE_PATH = '.github/ims-gate-baseline.json';
class BaselineError extends Error {
}
function readBaseline(path) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new BaselineError(`cannot read baseline ${path}: ${error.message}`);
    }
    if (parsed?.version !== 1 || !Array.isArray(parsed.findings))
        throw new BaselineError(`cannot read baseline ${path}: expected {"version": 1, "findings": [...]}`);
    return new Set(parsed.findings.map((entry) => String(entry.fingerprint)));
}
function writeBaseline(path, findings) {
    const baseline = {
        version: 1,
        findings: findings.map(({ fingerprint, ruleId, file, line, message }) => ({ fingerprint, ruleId, file, line, message })),
    };
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, `${JSON.stringify(baseline, null, 2)}\n`);
    return baseline;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/types.js
// The shared vocabulary of the pipeline: discover → read → model → rules → findings → gate → reporters.
// Stages hand each other these types, so that each depends on what the stage before it produced, not on how.
/** Most severe first. */
const types_SEVERITIES = ['error', 'warning', 'notice'];
/** Sort key of a severity: errors first. */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** What `fail-on` / `--fail-on` accepts: a severity fails the gate at that level and above; `never` never does. */
const FAIL_ON_LEVELS = [...types_SEVERITIES, 'never'];
// ---------------------------------------------------------------- model
const IMS_FIELDS = [
    'internalName',
    'type',
    'imsServer',
    'scope',
    'clientId',
    'clientSecret',
    'callbackServer',
    'orgId',
    'associationMask',
    'productContext',
    'server',
    'tenant',
];

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.tmp/build/lib/gate/fingerprint.js

/** The value as a fingerprint sees it: white-space runs folded, so re-indenting changes nothing. */
function normalise(value) {
    return value.replace(/\s+/g, ' ').trim();
}
/**
 * Stable identity of a finding: rule + instance + field + a hash of the normalised value. Line numbers are
 * left out on purpose, so inserting unrelated lines above a finding keeps its fingerprint (baselines, SARIF).
 */
function fingerprintOf(ruleId, instance, field, value) {
    const valueHash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(normalise(value)).digest('hex').slice(0, 16);
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${ruleId}\0${instance ?? ''}\0${field ?? ''}\0${valueHash}`).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/gate/findings.js


const DOCS_BASE_URL = 'https://github.com/ims-gate/ims-gate/blob/main/';
function findingFrom(meta, diagnostic) {
    const { loc } = diagnostic;
    return {
        ruleId: meta.id,
        severity: diagnostic.severity ?? meta.severity,
        message: diagnostic.message,
        remediation: diagnostic.remediation ?? meta.remediation,
        file: loc.file,
        line: loc.line,
        column: loc.column,
        endLine: loc.endLine,
        endColumn: loc.endColumn,
        instance: diagnostic.instance,
        field: diagnostic.field,
        fingerprint: fingerprintOf(meta.id, diagnostic.instance, diagnostic.field, diagnostic.value ?? diagnostic.message),
        related: diagnostic.related,
        helpUri: DOCS_BASE_URL + meta.docs,
        title: meta.title,
    };
}
/** IMS000 for anything the scan could not read or accept: it carries the parser's own location. */
function problemFinding(meta, problem, severity = meta.severity, instance) {
    // The line is part of an input problem's identity (two identical problems in one file stay two), which is safe
    // because IMS000 is never baselined.
    return findingFrom(meta, { loc: problem.loc, message: problem.message, severity, instance, field: 'input', value: `${problem.loc.file}:${problem.loc.line}\0${problem.message}` });
}
function compareFindings(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
/** Two findings with the same identity (e.g. the same bad value twice) get an occurrence suffix, in file order. */
function disambiguateFingerprints(findings) {
    const seen = new Map();
    for (const finding of findings) {
        const count = (seen.get(finding.fingerprint) ?? 0) + 1;
        seen.set(finding.fingerprint, count);
        if (count > 1)
            finding.fingerprint = `${finding.fingerprint}:${count}`;
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/gate/gate.js


function failsAt(severity, failOn) {
    return failOn !== 'never' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}
function suppressionFor(finding, suppressions) {
    return suppressions.find((s) => s.file === finding.file && finding.line >= s.targetStartLine && finding.line <= s.targetEndLine && s.ruleIds.includes(finding.ruleId));
}
/** Problems with the suppression comments themselves: forbidden, unknown rule, or no reason given. */
function suppressionProblems(input) {
    const problems = [];
    for (const suppression of input.suppressions) {
        const ids = suppression.ruleIds.join(' ');
        if (suppression.ruleIds.length === 0) {
            problems.push(problemFinding(input.inputRule, {
                loc: suppression.loc,
                message: 'inline suppression names no rule, so it suppresses nothing; write it as "ims-gate-disable-next-line IMS003 - <why this is safe>"',
            }, 'warning'));
            continue;
        }
        if (!input.config.allowInlineSuppressions) {
            problems.push(problemFinding(input.inputRule, {
                loc: suppression.loc,
                message: `inline suppression of ${ids} is not allowed here: the config sets allowInlineSuppressions: false, so the finding still counts`,
            }, 'warning'));
            continue;
        }
        const unknown = suppression.ruleIds.filter((id) => !input.knownRuleIds.has(id));
        if (unknown.length > 0) {
            problems.push(problemFinding(input.inputRule, { loc: suppression.loc, message: `inline suppression names unknown rule ${unknown.join(', ')}; expected rule IDs such as IMS003` }, 'warning'));
        }
        if (!suppression.reason?.trim()) {
            problems.push(problemFinding(input.inputRule, {
                loc: suppression.loc,
                message: `inline suppression of ${ids} gives no reason; write it as "ims-gate-disable-next-line ${ids} - <why this is safe>"`,
            }, 'warning'));
        }
    }
    return problems;
}
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function verdictOf(input, findings, stats) {
    const reasons = [];
    if (findings.some((finding) => failsAt(finding.severity, input.failOn))) {
        reasons.push(`IMS policy gate failed: ${count(stats.errors, 'error')}, ${count(stats.warnings, 'warning')}, ${count(stats.notices, 'notice')} (fails on ${input.failOn}).`);
    }
    let restartAck;
    if (input.restartAck && input.restart.required) {
        const { label, labels } = input.restartAck;
        restartAck = { label, present: labels.some((name) => name.toLowerCase() === label.toLowerCase()) };
        if (!restartAck.present) {
            reasons.push(`A Campaign server restart is required (${input.restart.instances.join(', ')}) and require-restart-ack is on: ` +
                `add the label '${label}' to the pull request once the restart is planned.`);
        }
    }
    return { failOn: input.failOn, result: reasons.length > 0 ? 'fail' : 'pass', reasons, ...(restartAck ? { restartAck } : {}) };
}
function applyGate(input) {
    const findings = [];
    const suppressed = [];
    const inline = input.config.allowInlineSuppressions ? input.suppressions : [];
    const matchedBaseline = new Set();
    for (const original of [...input.findings, ...suppressionProblems(input)]) {
        const level = Object.hasOwn(input.config.rules, original.ruleId) ? input.config.rules[original.ruleId] : undefined;
        if (level === 'off') {
            suppressed.push({ ...original, suppressedBy: 'config', reason: `rules.${original.ruleId}: off` });
            continue;
        }
        const finding = level ? { ...original, severity: level } : original;
        const comment = suppressionFor(finding, inline);
        if (comment) {
            suppressed.push({ ...finding, suppressedBy: 'inline', reason: comment.reason });
            continue;
        }
        // Unreadable input is never accepted by a baseline: a file the gate cannot read must be fixed.
        if (finding.ruleId !== 'IMS000' && input.baseline?.has(finding.fingerprint)) {
            matchedBaseline.add(finding.fingerprint);
            suppressed.push({ ...finding, suppressedBy: 'baseline' });
            continue;
        }
        findings.push(finding);
    }
    findings.sort(compareFindings);
    const stats = {
        filesScanned: input.filesScanned,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        notices: findings.filter((f) => f.severity === 'notice').length,
    };
    const fixed = [...(input.baseline ?? [])].filter((fingerprint) => !matchedBaseline.has(fingerprint)).sort();
    return { findings, suppressed, fixed, stats, verdict: verdictOf(input, findings, stats) };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/model/fields.js




let defaults;
function loadDefaults() {
    defaults ??= (0,dist/* parse */.qg)((0,external_node_fs_namespaceObject.readFileSync)(policyPath('fields.yml'), 'utf8'));
    return defaults;
}
/** The attribute → field mapping in force: policies/fields.yml, then the config's additions. */
class FieldMapping {
    attributesByField;
    imsTypes;
    /** Attribute names that, present on an extAccount, make it the IMS account. */
    identifyingAttributes;
    constructor(config) {
        const policy = loadDefaults();
        this.attributesByField = Object.fromEntries(IMS_FIELDS.map((field) => [field, [...(policy.fields[field] ?? []), ...(config.fields[field] ?? [])]]));
        this.imsTypes = new Set([...policy.imsAccountTypes, ...config.imsAccountTypes].map((type) => type.trim().toLowerCase()));
        const generic = new Set(policy.genericAttributes);
        this.identifyingAttributes = new Set(policy.identifyingFields.flatMap((field) => this.attributesByField[field]).filter((name) => !generic.has(name)));
    }
    /** Maps a record's attributes to IMS fields; the first attribute name listed for a field wins. */
    mapFields(attrs) {
        const fields = {};
        for (const field of IMS_FIELDS) {
            // Own attributes only: `in` would find `toString` or `constructor` (names a config may list) on Object.prototype.
            const name = this.attributesByField[field].find((attribute) => Object.hasOwn(attrs, attribute));
            if (name)
                fields[field] = attrs[name];
        }
        return fields;
    }
    /** The account is the IMS account by type, by internal name, by an IMS-only field, or by an ims* attribute. */
    isImsAccount(attrs, fields) {
        const type = fields.type?.value.trim().toLowerCase();
        if (type !== undefined && this.imsTypes.has(type))
            return true;
        if (fields.internalName?.value.trim() === 'Adobe_Marketing_Cloud')
            return true;
        return Object.keys(attrs).some((name) => this.identifyingAttributes.has(name) || /^ims[A-Z]/.test(name));
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/model/instances.js

const DEFAULT_INSTANCE = 'default';
/** Folder names that name an instance (the folder name is the instance name). */
const INSTANCE_FOLDER_NAMES = ['prod', 'production', 'stage', 'staging', 'preprod', 'dev', 'development', 'test', 'qa', 'uat'];
class InstanceResolver {
    byConfig;
    constructor(config) {
        this.byConfig = Object.entries(config.instances).map(([name, instance]) => ({
            name,
            match: instance.paths && instance.paths.length > 0 ? globMatcher(instance.paths) : () => false,
            manifest: instance.imsManifest?.replace(/^\.\//, ''),
        }));
    }
    resolve(path, hint) {
        for (const instance of this.byConfig) {
            if (instance.manifest === path || instance.match(path))
                return { instance: instance.name, by: 'config' };
        }
        if (hint)
            return { instance: hint, by: 'hint' };
        const folders = path.split('/').slice(0, -1);
        for (let i = folders.length - 1; i >= 0; i--) {
            if (INSTANCE_FOLDER_NAMES.includes(folders[i].toLowerCase()))
                return { instance: folders[i], by: 'folder' };
        }
        return { instance: undefined, by: 'none' };
    }
}
/** `config-<name>.xml` names its instance. */
function instanceFromFileName(path) {
    return /(?:^|\/)config-([^/]+)\.xml$/i.exec(path)?.[1];
}

;// CONCATENATED MODULE: ./.tmp/build/lib/model/operation.js
// Campaign's `_operation` import directive: what a package record does to the entity it names. `update` changes
// only the attributes it lists, `none` only references the entity and `delete` removes it; the model and the rules
// read it the same way.
/** The record's `_operation`, trimmed and lower-cased; undefined when the record has none. */
function recordOperation(attrs) {
    return attrs._operation?.value.trim().toLowerCase();
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/arrays.js
/** Appends every item. Unlike `target.push(...items)`, safe for arrays of any length (no argument-count limit). */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/model/build.js




const EXT_ACCOUNT_SCHEMA = 'nms:extAccount';
const GROUP_SCHEMA = 'xtk:group';
/** Records that only reference or remove an entity define nothing. */
function definesEntity(attrs) {
    const operation = recordOperation(attrs);
    return operation !== 'delete' && operation !== 'none';
}
function emptyInstance(name, url) {
    return { name, url, accounts: [], groups: [], serverConfs: [], manifests: [], dashboards: [], files: [], unreadable: [] };
}
/**
 * `fallbackInstance` forces where files without an instance go; restart detection passes the working tree's
 * choice when it builds the base revision, so that both sides put the same files in the same instance.
 */
function buildModel(results, config, fallbackInstance) {
    const mapping = new FieldMapping(config);
    const resolver = new InstanceResolver(config);
    const instances = new Map();
    const sharedDashboards = new Set(config.enterpriseDashboard.map((path) => path.replace(/^\.\//, '')));
    const dashboards = [];
    const model = { instances: [], fallbackInstance: DEFAULT_INSTANCE, dashboards, suppressions: [], problems: [] };
    for (const [name, instance] of Object.entries(config.instances))
        instances.set(name, emptyInstance(name, instance.url));
    const instanceNamed = (name) => {
        let instance = instances.get(name);
        if (!instance)
            instances.set(name, (instance = emptyInstance(name)));
        return instance;
    };
    const assigned = results.map((result) => {
        const hint = result.manifest?.instance?.value.trim() || (result.kind === 'server-conf' ? instanceFromFileName(result.file) : undefined);
        return { result, assignment: resolver.resolve(result.file, hint) };
    });
    // A repository of one named instance (say a manifest with `instance: prod` next to packages at the root)
    // is that instance throughout; "default" only exists beside several instances or none.
    const named = new Set(assigned.flatMap(({ assignment }) => (assignment.instance ? [assignment.instance] : [])));
    const fallback = fallbackInstance ?? (Object.keys(config.instances).length === 0 && named.size === 1 ? [...named][0] : DEFAULT_INSTANCE);
    model.fallbackInstance = fallback;
    for (const { result, assignment } of assigned) {
        appendAll(model.suppressions, result.suppressions);
        appendAll(model.problems, result.problems);
        if (result.dashboard) {
            // An export belongs to one instance only when placed there; otherwise every instance sees it.
            const own = assignment.by === 'config' || (assignment.by === 'folder' && !sharedDashboards.has(result.file)) ? assignment.instance : undefined;
            const exported = { file: result.file, instance: own, users: result.dashboard.users };
            dashboards.push(exported);
            if (own)
                instanceNamed(own).files.push(result.file);
            continue;
        }
        const instance = instanceNamed(assignment.instance ?? fallback);
        instance.files.push(result.file);
        if (result.problems.length > 0 && !result.records && !result.serverConf && !result.manifest)
            instance.unreadable.push(result.file);
        for (const record of result.records ?? []) {
            if (!definesEntity(record.attrs))
                continue;
            if (record.schema === EXT_ACCOUNT_SCHEMA) {
                const fields = mapping.mapFields(record.attrs);
                if (!mapping.isImsAccount(record.attrs, fields))
                    continue;
                const account = { instance: instance.name, file: result.file, loc: record.loc, fields, attrs: record.attrs };
                instance.accounts.push(account);
            }
            else if (record.schema === GROUP_SCHEMA && record.attrs.name) {
                const group = { instance: instance.name, file: result.file, loc: record.loc, name: record.attrs.name, label: record.attrs.label };
                instance.groups.push(group);
            }
        }
        if (result.serverConf) {
            instance.serverConfs.push({
                instance: instance.name,
                file: result.file,
                scope: instanceFromFileName(result.file) ? 'instance' : 'shared',
                data: result.serverConf,
            });
        }
        if (result.manifest) {
            const { instance: declaredInstance, ...manifest } = result.manifest;
            instance.manifests.push({ ...manifest, declaredInstance, instance: instance.name, file: result.file });
        }
    }
    for (const instance of instances.values()) {
        instance.dashboards = dashboards.filter((exported) => exported.instance === undefined || exported.instance === instance.name);
    }
    model.instances = [...instances.values()]
        .filter((instance) => instance.name !== DEFAULT_INSTANCE || instance.files.length > 0)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return model;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/policy/rules.js
// Loads rule metadata (policies/rules/*.yml) and validates it against policies/schemas/rule.schema.json.




let rules_cached;
function loadRuleMetadata() {
    if (rules_cached)
        return rules_cached;
    const validate = schemaValidator('rule.schema.json');
    const metas = new Map();
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(policyPath('rules')).filter((file) => file.endsWith('.yml')).sort()) {
        const meta = (0,dist/* parse */.qg)((0,external_node_fs_namespaceObject.readFileSync)(policyPath('rules', name), 'utf8'));
        if (!validate(meta)) {
            const detail = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
            throw new Error(`invalid rule metadata policies/rules/${name}: ${detail}`);
        }
        if (`${meta.id}.yml` !== name)
            throw new Error(`policies/rules/${name} declares id ${meta.id}; the file must be named ${meta.id}.yml`);
        metas.set(meta.id, meta);
    }
    return (rules_cached = metas);
}
function ruleMeta(id) {
    const meta = loadRuleMetadata().get(id);
    if (!meta)
        throw new Error(`no metadata for rule ${id} in policies/rules/`);
    return meta;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/policy/version.js



let version;
function toolVersion() {
    if (version)
        return version;
    try {
        version = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(packageRoot(), 'package.json'), 'utf8')).version;
    }
    catch {
        version = '0.0.0';
    }
    return version;
}
/** The git tag of this release (`v1.2.3`): what the pre-commit `rev` and the published schema URL name. */
function releaseTag() {
    return `v${toolVersion()}`;
}
/** The action reference users write (`ims-gate/ims-gate@v1`): the major tag, which each release moves. */
function actionRef() {
    return `ims-gate/ims-gate@v${toolVersion().split('.')[0]}`;
}
/** The config schema, as published with this release. */
function configSchemaUrl() {
    return `https://raw.githubusercontent.com/ims-gate/ims-gate/${releaseTag()}/policies/schemas/config.schema.json`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/redact.js
// Secrets never leave ims-gate: values of secret-looking attributes and keys are masked wherever source
// text is shown (code frames), and known secret values are scrubbed from every message.

const REDACTED = '********';
/**
 * An XML attribute whose name looks secret; the value may span lines and contain the other quote character. The
 * name is part of the pattern so that a huge file costs one regex scan, not a callback per attribute.
 */
const XML_SECRET_ATTRIBUTE = /([A-Za-z_:][-\w:.]*(?:secret|password|passwd|privatekey|private_key|token|credential)[-\w:.]*)(\s*=\s*)(?:"([^"]*)("|$)|'([^']*)('|$))/gi;
const YAML_OR_JSON_KEY = /^(\s*-?\s*["']?)([A-Za-z_][-\w]*)(["']?\s*:\s*)(.*)$/;
/** Masks a value line by line, so that line numbers of the text do not move. */
function mask(value) {
    return value.replace(/[^\r\n]+/g, REDACTED);
}
/**
 * Masks the values of secret attributes and keys in a whole file, keeping its lines where they are: XML
 * attribute values (even multi-line, even with the other quote inside) and YAML/JSON values, including
 * block scalars (`key: |`) whose lines follow.
 */
function redactText(text) {
    const xml = text.replace(XML_SECRET_ATTRIBUTE, (match, name, eq, dq, dqEnd, sq, sqEnd) => {
        if (!isSecretName(name))
            return match;
        if (dq !== undefined)
            return dq === '' ? match : `${name}${eq}"${mask(dq)}${dqEnd}`;
        return sq === '' || sq === undefined ? match : `${name}${eq}'${mask(sq)}${sqEnd}`;
    });
    // YAML and JSON keys only matter outside XML, and a per-line pass over a huge package is not free.
    if (/^\uFEFF?\s*</.test(xml))
        return xml;
    const lines = xml.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const keyed = YAML_OR_JSON_KEY.exec(lines[i]);
        if (!keyed || keyed[4].trim() === '')
            continue;
        // A hash of a secret is shown, unless it is not a hash: then it may be the secret, pasted in the wrong key.
        const misplaced = /sha256$/i.test(keyed[2]) && !/^["']?[0-9a-f]{64}["']?\s*(#.*)?$/i.test(keyed[4].trim());
        if (!isSecretName(keyed[2]) && !misplaced)
            continue;
        const value = keyed[4];
        lines[i] = `${keyed[1]}${keyed[2]}${keyed[3]}${/^[|>][-+0-9]*\s*$/.test(value) ? value : REDACTED}`;
        if (/^[|>]/.test(value.trim())) {
            // A block scalar: the following lines indented deeper than the key are its value.
            const indent = /^\s*/.exec(lines[i])?.[0].length ?? 0;
            for (let j = i + 1; j < lines.length && (lines[j].trim() === '' || (/^\s*/.exec(lines[j])?.[0].length ?? 0) > indent); j++) {
                if (lines[j].trim() !== '')
                    lines[j] = `${' '.repeat(indent + 2)}${REDACTED}`;
                i = j;
            }
        }
    }
    return lines.join('\n');
}
/** Replaces every occurrence of the given secret values in a text. */
function scrub(text, secrets) {
    let scrubbed = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            scrubbed = scrubbed.split(secret).join(REDACTED);
    return scrubbed;
}
/** Replaces every known secret value in every string of a report (or any JSON-like value). */
function scrubReport(value, secrets) {
    if (secrets.length === 0)
        return value;
    const walk = (node) => {
        if (typeof node === 'string')
            return scrub(node, secrets);
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object')
            return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
        return node;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/suppressions.js
// Inline suppression directives: `ims-gate-disable-next-line ID[,| ID…] [-- reason]`, in an XML comment or a
// YAML `#` comment. The reason may also follow a single '-': XML forbids '--' inside a comment, so XML directives
// are written `<!-- ims-gate-disable-next-line IMS003 - reason -->`. The readers decide what a directive covers; this module only parses its text.
const DIRECTIVE = 'ims-gate-disable-next-line';
/**
 * Parses the text of a comment (without its delimiters). Returns undefined unless the comment is a directive,
 * i.e. its text starts with `ims-gate-disable-next-line` followed by white space or the end.
 */
function parseDirective(comment) {
    const text = comment.trim();
    if (!text.startsWith(DIRECTIVE))
        return undefined;
    let rest = text.slice(DIRECTIVE.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined;
    let reason;
    const separator = /(?:^|\s)--?(?:\s|$)/.exec(rest);
    if (separator) {
        reason = rest.slice(separator.index + separator[0].length).trim() || undefined;
        rest = rest.slice(0, separator.index);
    }
    const ruleIds = rest
        .split(/[\s,]+/)
        .filter((id) => id !== '')
        .map((id) => id.toUpperCase());
    return reason === undefined ? { ruleIds } : { ruleIds, reason };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/errors.js
// The one error the tokenizer throws: the reader turns it into an IMS000 problem at `offset`.
class XmlSyntaxError extends Error {
    offset;
    end;
    constructor(message, 
    /** Offset of the offending character (or the text length, for an unexpected end of file). */
    offset, 
    /** Exclusive end offset of the offending token, when longer than one character. */
    end) {
        super(message);
        this.offset = offset;
        this.end = end;
    }
}
/** An unexpected end of file, located at the end of the text. */
function endOfFile(text, message) {
    return new XmlSyntaxError(`malformed XML: unexpected end of file: ${message}`, text.length);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/chars.js
// Characters of XML 1.0 (fifth edition): white space, names, the characters a document may hold at all, and how a
// character is described in a message. Every function takes UTF-16 code units, as JavaScript strings hold them.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const chars_QUOTE = 0x22;
const HASH = 0x23;
const PERCENT = 0x25;
const AMP = 0x26;
const APOS = 0x27;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const SLASH = 0x2f;
const SEMICOLON = 0x3b;
const LT = 0x3c;
const EQUALS = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const BANG = 0x21;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
function isWhite(c) {
    return c === SPACE || c === LF || c === TAB || c === CR;
}
/** ASCII name characters: 1 = may start a name, 2 = may only continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
    const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
    ASCII_NAME[c] = letter ? 1 : other ? 2 : 0;
}
/** NameStartChar of the Basic Multilingual Plane (astral name characters are handled as surrogate pairs). */
function isNameStartBmp(c) {
    if (c < 128)
        return ASCII_NAME[c] === 1;
    return ((c >= 0xc0 && c <= 0xd6) ||
        (c >= 0xd8 && c <= 0xf6) ||
        (c >= 0xf8 && c <= 0x2ff) ||
        (c >= 0x370 && c <= 0x37d) ||
        (c >= 0x37f && c <= 0x1fff) ||
        c === 0x200c ||
        c === 0x200d ||
        (c >= 0x2070 && c <= 0x218f) ||
        (c >= 0x2c00 && c <= 0x2fef) ||
        (c >= 0x3001 && c <= 0xd7ff) ||
        (c >= 0xf900 && c <= 0xfdcf) ||
        (c >= 0xfdf0 && c <= 0xfffd));
}
function isNameCharBmp(c) {
    if (c < 128)
        return ASCII_NAME[c] !== 0;
    return isNameStartBmp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}
/** A surrogate pair at `i` that encodes a name character (U+10000 to U+EFFFF). */
function isAstralNameChar(text, i) {
    const high = text.charCodeAt(i);
    if (high < 0xd800 || high > 0xdb7f)
        return false;
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff;
}
/** Whether a name starts at `i`. */
function startsName(text, i) {
    const c = text.charCodeAt(i);
    return isNameStartBmp(c) || isAstralNameChar(text, i);
}
/** The offset just after the name characters from `i` (`i` itself when there are none). */
function nameEnd(text, i) {
    const len = text.length;
    while (i < len) {
        const c = text.charCodeAt(i);
        if (c < 128 ? ASCII_NAME[c] !== 0 : isNameCharBmp(c))
            i++;
        else if (isAstralNameChar(text, i))
            i += 2;
        else
            break;
    }
    return i;
}
/** The offset just after the white space (possibly none) that starts at `i`. */
function skipWhite(text, i) {
    const len = text.length;
    while (i < len && isWhite(text.charCodeAt(i)))
        i++;
    return i;
}
/** Whether a code point is a Char of XML 1.0. */
function isXmlChar(code) {
    return code === TAB || code === LF || code === CR || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
/**
 * Code units that are never a Char: C0 controls other than TAB, LF and CR, and U+FFFE / U+FFFF. (Unpaired
 * surrogates cannot occur: the decoders are fatal.) One linear pass of a character class, no backtracking.
 */
const ILLEGAL_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
/** The offset of the first character that XML does not allow anywhere, or -1. */
function firstIllegalChar(text) {
    const match = ILLEGAL_CHAR.exec(text);
    return match === null ? -1 : match.index;
}
/** "U+0001", for messages. */
function codePointName(c) {
    return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}
/** A printable description of the character at `offset`, for messages. */
function found(text, offset) {
    if (offset >= text.length)
        return 'the end of the file';
    const c = text.codePointAt(offset);
    if (c === LF || c === CR)
        return 'a line break';
    if (c < 0x20 || c === 0x7f)
        return `the control character ${codePointName(c)}`;
    if (!isXmlChar(c))
        return `the character ${codePointName(c)}`;
    return `'${String.fromCodePoint(c)}'`;
}
/** A name for a message, cut short when it is very long (a message stays one readable line). */
function chars_shown(name, max = 60) {
    return name.length <= max ? name : `${name.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/references.js
// Entity and character references (`&amp;`, `&#65;`, `&#x41;`). Only the five predefined entities exist for
// ims-gate: DOCTYPE entities are refused (see doctype.ts), so any other name is an undefined entity. The lookup is
// a switch, never an object, so `&constructor;` or `&__proto__;` cannot reach Object.prototype.


/** The text of a predefined entity, or undefined. */
function predefinedEntity(name) {
    switch (name) {
        case 'amp':
            return '&';
        case 'lt':
            return '<';
        case 'gt':
            return '>';
        case 'quot':
            return '"';
        case 'apos':
            return "'";
        default:
            return undefined;
    }
}
/** Above every code point; a longer run of digits saturates here instead of losing precision. */
const TOO_BIG = 0x110000;
function hexDigit(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    return -1;
}
function decimalDigit(c) {
    return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}
/** `&#…;` at `amp`. */
function readCharacterReference(text, amp) {
    let i = amp + 2;
    const hex = text.charCodeAt(i) === 0x78; /* x */
    if (hex)
        i++;
    const digit = hex ? hexDigit : decimalDigit;
    const base = hex ? 16 : 10;
    const digitsStart = i;
    let code = 0;
    for (let d = digit(text.charCodeAt(i)); d !== -1; d = digit(text.charCodeAt(++i)))
        code = Math.min(TOO_BIG, code * base + d);
    if (i === digitsStart || text.charCodeAt(i) !== SEMICOLON) {
        throw new XmlSyntaxError(`malformed XML: invalid character reference ${text.slice(amp, Math.min(i + 1, amp + 16))}; expected &#<decimal>; or &#x<hex>;`, amp, i + 1);
    }
    if (!isXmlChar(code)) {
        throw new XmlSyntaxError(`malformed XML: character reference ${chars_shown(text.slice(amp, i + 1), 20)} names a character that XML does not allow`, amp, i + 1);
    }
    return { value: String.fromCodePoint(code), end: i + 1 };
}
/** `&name;` at `amp`. */
function readEntityReference(text, amp) {
    const nameStart = amp + 1;
    if (!startsName(text, nameStart)) {
        throw new XmlSyntaxError(`malformed XML: '&' must start an entity reference such as &amp; (found '&' followed by ${found(text, nameStart)}); write a literal '&' as &amp;`, amp, amp + 1);
    }
    const end = nameEnd(text, nameStart);
    const name = text.slice(nameStart, end);
    if (text.charCodeAt(end) !== SEMICOLON) {
        throw new XmlSyntaxError(`malformed XML: expected ';' to end the entity reference &${chars_shown(name)}, found ${found(text, end)}; write a literal '&' as &amp;`, amp, end);
    }
    const value = predefinedEntity(name);
    if (value === undefined) {
        throw new XmlSyntaxError(`malformed XML: unknown entity reference &${chars_shown(name)}; — only &amp; &lt; &gt; &quot; &apos; and numeric references (&#…;) are accepted; ims-gate never expands DOCTYPE entities`, amp, end + 1);
    }
    return { value, end: end + 1 };
}
/** Checks the reference at `amp` (the offset of '&'). Throws XmlSyntaxError for anything but a defined one. */
function readReference(text, amp) {
    return text.charCodeAt(amp + 1) === HASH ? readCharacterReference(text, amp) : readEntityReference(text, amp);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/start-tag.js
// Start tags and their attributes: `<name a="v" b='w'>` or `<name/>`. Every attribute keeps the exact offsets of
// its name and raw value; values are checked (no '<', only defined references) but never decoded here.





/**
 * Offsets of the attributes of the last start tag scanned, four numbers each in `at`: name start, name end, value
 * start, value end. One object reused for every tag: scanning the content of a skipped element allocates nothing
 * per tag.
 */
class AttributeOffsets {
    count = 0;
    at = [];
}
/**
 * Checks the start tag at `lt` (its '<') and fills `offsets` with its attributes; returns the offset just after
 * its '>' (a self-closing tag ends with '/>').
 */
function scanStartTag(source, lt, offsets) {
    const { text } = source;
    offsets.count = 0;
    let seen;
    let i = nameEnd(text, lt + 1);
    for (;;) {
        const afterPrevious = i;
        i = skipWhite(text, i);
        if (i >= text.length)
            throw endOfFile(text, `expected '>' to close ${openedAt(source, lt)}`);
        const c = text.charCodeAt(i);
        if (c === GT)
            return i + 1;
        if (c === SLASH) {
            if (text.charCodeAt(i + 1) === GT)
                return i + 2;
            if (i + 1 >= text.length)
                throw endOfFile(text, `expected '/>' to close ${openedAt(source, lt)}`);
            throw new XmlSyntaxError(`malformed XML: expected '>' after '/' to close ${openedAt(source, lt)}, found ${found(text, i + 1)}`, i + 1);
        }
        if (!startsName(text, i))
            throw new XmlSyntaxError(`malformed XML: expected '>' to close ${openedAt(source, lt)}, found ${found(text, i)}`, i);
        if (i === afterPrevious) {
            throw new XmlSyntaxError(`malformed XML: expected white space before the attribute ${text.slice(i, nameEnd(text, i))} of ${openedAt(source, lt)}`, i);
        }
        i = scanAttribute(source, lt, i, offsets) + 1;
        seen = checkUnique(text, lt, offsets, seen);
    }
}
/** Reads the start tag at `lt` into an XmlStartTag; `depth` is the number of open elements. */
function readStartTag(source, lt, depth, offsets) {
    const { text } = source;
    const end = scanStartTag(source, lt, offsets);
    const attrs = [];
    const { at } = offsets;
    for (let k = 0; k < offsets.count * 4; k += 4)
        attrs.push({ name: text.slice(at[k], at[k + 1]), start: at[k], end: at[k + 3] + 1, valueStart: at[k + 2], valueEnd: at[k + 3] });
    return { name: text.slice(lt + 1, nameEnd(text, lt + 1)), start: lt, end, selfClosing: text.charCodeAt(end - 2) === SLASH, attrs, depth };
}
/** `<name>` of the start tag at `lt`, for messages. */
function tagName(text, lt) {
    return `<${chars_shown(text.slice(lt + 1, nameEnd(text, lt + 1)))}>`;
}
/** "<name> opened at line L, column C", for messages only: a line number for every tag would cost more than the tokenizing. */
function openedAt(source, lt) {
    return `${tagName(source.text, lt)} opened at ${source.lines.describe(lt)}`;
}
/** Checks `name = "value"` at `start` in the tag at `lt`, appends its offsets, and returns the offset of the closing quote. */
function scanAttribute(source, lt, start, offsets) {
    const { text } = source;
    const stop = nameEnd(text, start);
    let i = skipWhite(text, stop);
    if (i >= text.length)
        throw endOfFile(text, `expected '=' after the attribute name ${text.slice(start, stop)} of ${openedAt(source, lt)}`);
    if (text.charCodeAt(i) !== EQUALS)
        throw new XmlSyntaxError(`malformed XML: expected '=' after the attribute name ${text.slice(start, stop)} of ${tagName(text, lt)}, found ${found(text, i)}`, i);
    i = skipWhite(text, i + 1);
    if (i >= text.length)
        throw endOfFile(text, `expected a quoted value for the attribute ${text.slice(start, stop)} of ${openedAt(source, lt)}`);
    const quote = text.charCodeAt(i);
    if (quote !== chars_QUOTE && quote !== APOS) {
        throw new XmlSyntaxError(`malformed XML: expected a quoted value ("…" or '…') for the attribute ${text.slice(start, stop)} of ${tagName(text, lt)}, found ${found(text, i)}`, i);
    }
    const valueStart = i + 1;
    const valueEnd = scanValue(source, lt, start, stop, i);
    const k = offsets.count++ * 4;
    offsets.at[k] = start;
    offsets.at[k + 1] = stop;
    offsets.at[k + 2] = valueStart;
    offsets.at[k + 3] = valueEnd;
    return valueEnd;
}
/**
 * Checks the value whose opening quote is at `open` (no '<', only defined references) and returns the offset of
 * its closing quote. One loop over the characters: values are short, a search call per value would cost more.
 */
function scanValue(source, lt, nameStart, nameStop, open) {
    const { text } = source;
    const quote = text.charCodeAt(open);
    for (let i = open + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === quote)
            return i;
        if (c === LT) {
            throw new XmlSyntaxError(`malformed XML: '<' in the value of the attribute ${text.slice(nameStart, nameStop)} of ${tagName(text, lt)} (write it as &lt;), or a missing closing quote for the value opened at ${source.lines.describe(open)}`, i);
        }
        if (c === AMP)
            i = checkReferenceInValue(text, i, nameStart, nameStop, lt) - 1;
    }
    throw endOfFile(text, `expected the closing ${String.fromCharCode(quote)} of the attribute ${text.slice(nameStart, nameStop)} of ${tagName(text, lt)}; the value opened at ${source.lines.describe(open)}`);
}
/** Checks the reference at `amp` in an attribute value; returns the offset after it. */
function checkReferenceInValue(text, amp, nameStart, nameStop, lt) {
    try {
        return readReference(text, amp).end;
    }
    catch (error) {
        // The message quotes the reference, which inside a secret is a piece of the secret.
        const name = text.slice(nameStart, nameStop);
        if (!(error instanceof XmlSyntaxError) || !isSecretOrHashName(name))
            throw error;
        throw new XmlSyntaxError(`malformed XML: invalid '&' in the value of the attribute ${name} of ${tagName(text, lt)} (the value is not shown: it is a secret); write a literal '&' as &amp;`, error.offset, error.end);
    }
}
/**
 * Unique Att Spec for the attribute just appended to `offsets`: names are compared in place for the usual few
 * attributes; from 16 on, `seen` holds them (built once per tag) so the check stays linear.
 */
function checkUnique(text, lt, offsets, seen) {
    const { at } = offsets;
    const last = (offsets.count - 1) * 4;
    const start = at[last];
    const length = at[last + 1] - start;
    let names = seen;
    if (!names && last >= 64) {
        names = new Set();
        for (let k = 0; k < last; k += 4)
            names.add(text.slice(at[k], at[k + 1]));
    }
    let duplicate;
    if (names) {
        const name = text.slice(start, start + length);
        duplicate = names.has(name);
        names.add(name);
    }
    else {
        duplicate = false;
        for (let k = 0; k < last && !duplicate; k += 4)
            duplicate = at[k + 1] - at[k] === length && sameText(text, at[k], start, length);
    }
    if (duplicate)
        throw new XmlSyntaxError(`malformed XML: duplicate attribute ${text.slice(start, start + length)} on ${tagName(text, lt)}`, start, at[last + 3] + 1);
    return names;
}
/** Whether the `length` characters at `a` and at `b` are the same. */
function sameText(text, a, b, length) {
    for (let k = 0; k < length; k++)
        if (text.charCodeAt(a + k) !== text.charCodeAt(b + k))
            return false;
    return true;
}
/** The decoded value of an attribute (references decoded, white space normalised as XML does). */
function attrValue(text, attr) {
    const { valueStart, valueEnd } = attr;
    let plain = true;
    for (let i = valueStart; i < valueEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === AMP || c === LF || c === CR || c === TAB) {
            plain = false;
            break;
        }
    }
    if (plain)
        return detach(text.slice(valueStart, valueEnd));
    let out = '';
    let from = valueStart;
    for (let i = valueStart; i < valueEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === AMP) {
            const ref = readReference(text, i);
            out += text.slice(from, i) + ref.value;
            i = ref.end - 1;
            from = ref.end;
        }
        else if (c === CR) {
            // XML end-of-line handling then attribute-value normalisation: CRLF, CR, LF and TAB each become one space.
            out += `${text.slice(from, i)} `;
            if (text.charCodeAt(i + 1) === LF)
                i++;
            from = i + 1;
        }
        else if (c === LF || c === TAB) {
            out += `${text.slice(from, i)} `;
            from = i + 1;
        }
    }
    return out + text.slice(from, valueEnd);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/markup.js
// The constructs whose content is never markup: comments, CDATA sections and processing instructions (the XML
// declaration is one). Each reader takes the offset of its '<' and returns the offset just after its end; the
// content in between is opaque text, never searched for tags.



/** `<!-- … -->`: '--' may only occur in the closing '-->'. */
function readComment(text, lines, lt) {
    const dashes = text.indexOf('--', lt + 4);
    if (dashes === -1)
        throw endOfFile(text, `expected '-->' to close the comment opened at ${lines.describe(lt)}`);
    if (text.charCodeAt(dashes + 2) !== GT) {
        if (dashes + 2 >= text.length)
            throw endOfFile(text, `expected '-->' to close the comment opened at ${lines.describe(lt)}`);
        const hint = text.slice(lt + 4, dashes).trimStart().startsWith(DIRECTIVE) ? "; in XML, write a suppression's reason after a single '-': <!-- ims-gate-disable-next-line IMS003 - reason -->" : '';
        throw new XmlSyntaxError(`malformed XML: '--' inside the comment opened at ${lines.describe(lt)}; a comment cannot hold '--' (nor end with '--->')${hint}`, dashes, dashes + 2);
    }
    return dashes + 3;
}
/** `<![CDATA[ … ]]>`. */
function readCdata(text, lines, lt) {
    const close = text.indexOf(']]>', lt + 9);
    if (close === -1)
        throw endOfFile(text, `expected ']]>' to close the CDATA section opened at ${lines.describe(lt)}`);
    return close + 3;
}
/**
 * `<?target data?>`. `atDocumentStart` says whether `lt` is the very start of the file (after a byte-order mark),
 * the one place where the XML declaration `<?xml …?>` may stand; any other target matching [Xx][Mm][Ll] is reserved.
 */
function readProcessingInstruction(text, lines, lt, atDocumentStart) {
    const targetStart = lt + 2;
    if (!startsName(text, targetStart)) {
        if (targetStart >= text.length)
            throw endOfFile(text, "expected a processing-instruction target after '<?'");
        throw new XmlSyntaxError(`malformed XML: expected a processing-instruction target after '<?', found ${found(text, targetStart)}`, targetStart);
    }
    const targetEnd = nameEnd(text, targetStart);
    const target = text.slice(targetStart, targetEnd);
    const close = text.indexOf('?>', targetEnd);
    if (close === -1)
        throw endOfFile(text, `expected '?>' to close the processing instruction <?${chars_shown(target)} opened at ${lines.describe(lt)}`);
    if (close !== targetEnd && !isWhite(text.charCodeAt(targetEnd))) {
        throw new XmlSyntaxError(`malformed XML: expected white space or '?>' after the processing-instruction target <?${chars_shown(target)}, found ${found(text, targetEnd)}`, targetEnd);
    }
    if (target.length === 3 && target.toLowerCase() === 'xml') {
        if (target !== 'xml') {
            throw new XmlSyntaxError(`malformed XML: the processing-instruction target <?${target} is reserved (names matching [Xx][Mm][Ll] are); an XML declaration is written <?xml …?>, in lower case`, lt, targetEnd);
        }
        if (!atDocumentStart) {
            throw new XmlSyntaxError('malformed XML: an XML declaration <?xml …?> is only allowed at the very start of the file, before anything else (even white space or a comment)', lt, targetEnd);
        }
        checkXmlDeclaration(text, targetEnd, close);
    }
    return close + 2;
}
/** The pseudo-attributes of the XML declaration in [from, to): version, then optional encoding and standalone. */
function checkXmlDeclaration(text, from, to) {
    const parts = readPseudoAttributes(text, from, to);
    const order = ['version', 'encoding', 'standalone'];
    let next = 0;
    for (const part of parts) {
        const index = order.indexOf(part.name, next);
        if (index === -1 || (next === 0 && index !== 0)) {
            throw new XmlSyntaxError(`malformed XML: unexpected ${chars_shown(part.name)}= in the XML declaration; expected version="1.0", then optionally encoding="…" and standalone="yes" or "no", in that order`, part.start);
        }
        next = index + 1;
        const valid = part.name === 'version' ? /^1\.[0-9]+$/.test(part.value) : part.name === 'encoding' ? /^[A-Za-z][A-Za-z0-9._-]*$/.test(part.value) : part.value === 'yes' || part.value === 'no';
        if (!valid)
            throw new XmlSyntaxError(`malformed XML: invalid ${part.name} "${chars_shown(part.value)}" in the XML declaration`, part.start);
    }
    if (next === 0)
        throw new XmlSyntaxError('malformed XML: the XML declaration has no version; expected <?xml version="1.0"?>', from);
}
function readPseudoAttributes(text, from, to) {
    const parts = [];
    for (let i = from;;) {
        const start = skipWhite(text, i);
        if (start >= to)
            return parts;
        if (start === i || !startsName(text, start)) {
            throw new XmlSyntaxError(`malformed XML: expected white space then version, encoding or standalone in the XML declaration, found ${found(text, start)}`, start);
        }
        const name = text.slice(start, nameEnd(text, start));
        const equals = skipWhite(text, start + name.length);
        if (text.charCodeAt(equals) !== EQUALS)
            throw new XmlSyntaxError(`malformed XML: expected '=' after ${chars_shown(name)} in the XML declaration, found ${found(text, equals)}`, equals);
        const open = skipWhite(text, equals + 1);
        const quote = text.charCodeAt(open);
        const close = quote === chars_QUOTE || quote === APOS ? text.indexOf(String.fromCharCode(quote), open + 1) : -1;
        if (close === -1 || close > to)
            throw new XmlSyntaxError(`malformed XML: expected a quoted value for ${chars_shown(name)} in the XML declaration, found ${found(text, open)}`, open);
        parts.push({ name, start, value: text.slice(open + 1, close) });
        i = close + 1;
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/doctype.js



/** Reads the DOCTYPE at `lt` (its '<') and returns the offset just after its '>'. */
function readDoctype(text, lines, lt) {
    const what = `the DOCTYPE opened at ${lines.describe(lt)}`;
    let i = expectWhite(text, lt + 9, "'<!DOCTYPE'");
    const name = expectName(text, i, "a root element name after '<!DOCTYPE'");
    i += name.length;
    let j = skipWhite(text, i);
    if (j > i && (text.startsWith('SYSTEM', j) || text.startsWith('PUBLIC', j)))
        j = skipWhite(text, readExternalId(text, j, false));
    if (text.charCodeAt(j) === OPEN_BRACKET)
        j = skipWhite(text, readInternalSubset(text, lines, j + 1));
    if (j >= text.length)
        throw endOfFile(text, `expected '>' to close ${what}`);
    if (text.charCodeAt(j) !== GT)
        throw new XmlSyntaxError(`malformed XML: expected '>' to close ${what}, found ${found(text, j)}`, j);
    return j + 1;
}
/** The markup declarations between '[' and ']'; returns the offset just after ']'. */
function readInternalSubset(text, lines, from) {
    for (let i = skipWhite(text, from);; i = skipWhite(text, i)) {
        if (i >= text.length)
            throw endOfFile(text, "expected ']' to close the internal subset of the DOCTYPE");
        const c = text.charCodeAt(i);
        if (c === CLOSE_BRACKET)
            return i + 1;
        if (c === PERCENT)
            refuseParameterEntity(text, i);
        if (c !== LT)
            throw unexpectedInSubset(text, i);
        if (text.startsWith('<!--', i))
            i = readComment(text, lines, i);
        else if (text.startsWith('<?', i))
            i = readProcessingInstruction(text, lines, i, false);
        else if (text.startsWith('<!ELEMENT', i))
            i = readElementDecl(text, i);
        else if (text.startsWith('<!ATTLIST', i))
            i = readAttlistDecl(text, i);
        else if (text.startsWith('<!NOTATION', i))
            i = readNotationDecl(text, i);
        else if (text.startsWith('<!ENTITY', i))
            refuseEntityDecl(text, i);
        else
            throw unexpectedInSubset(text, i);
    }
}
function unexpectedInSubset(text, i) {
    return new XmlSyntaxError(`malformed XML: expected a declaration (<!ELEMENT, <!ATTLIST, <!NOTATION), a comment or a processing instruction in the DOCTYPE internal subset, found ${found(text, i)}`, i);
}
function refuseEntityDecl(text, at) {
    const declEnd = text.indexOf('>', at);
    const declared = /<!ENTITY\s+(%\s*)?([^\s>]+)/.exec(text.slice(at, Math.min(text.length, at + 200)));
    throw new XmlSyntaxError(`unsafe XML: the DOCTYPE declares entities (<!ENTITY ${declared ? chars_shown(declared[2]) : '…'} …>); ims-gate never expands DTD entities (entity expansion and external entities are blocked) — remove the DOCTYPE from the file`, at, declEnd === -1 ? at + 8 : declEnd + 1);
}
function refuseParameterEntity(text, at) {
    const end = nameEnd(text, at + 1);
    throw new XmlSyntaxError(`unsafe XML: the DOCTYPE refers to the parameter entity %${chars_shown(text.slice(at + 1, end))}; — ims-gate never expands DTD entities — remove the DOCTYPE from the file`, at, text.charCodeAt(end) === 0x3b ? end + 1 : end);
}
/** `<!ELEMENT name contentspec>`. */
function readElementDecl(text, lt) {
    let i = expectWhite(text, lt + 9, "'<!ELEMENT'");
    const name = expectName(text, i, "an element name after '<!ELEMENT'");
    i = expectWhite(text, i + name.length, `<!ELEMENT ${chars_shown(name)}`);
    i = readContentSpec(text, i, `<!ELEMENT ${chars_shown(name)}>`);
    return expectClose(text, skipWhite(text, i), `<!ELEMENT ${chars_shown(name)}`);
}
/** EMPTY, ANY, mixed content `(#PCDATA | a | b)*` or a children model `((a, b?) | c)+`. */
function readContentSpec(text, from, where) {
    if (text.startsWith('EMPTY', from))
        return from + 5;
    if (text.startsWith('ANY', from))
        return from + 3;
    if (text.charCodeAt(from) !== OPEN_PAREN)
        throw new XmlSyntaxError(`malformed XML: expected EMPTY, ANY or '(' in ${where}, found ${found(text, from)}`, from);
    const first = skipWhite(text, from + 1);
    return text.startsWith('#PCDATA', first) ? readMixed(text, first + 7, where) : readChildren(text, from, where);
}
/** The rest of `(#PCDATA (| name)*)*` after '#PCDATA': with names, it must end with ')*'. */
function readMixed(text, from, where) {
    let names = 0;
    for (let i = skipWhite(text, from);; i = skipWhite(text, i)) {
        const c = text.charCodeAt(i);
        if (c === CLOSE_PAREN) {
            if (text.charCodeAt(i + 1) === 0x2a /* * */)
                return i + 2;
            if (names > 0)
                throw new XmlSyntaxError(`malformed XML: expected ')*' to end the mixed content model of ${where}, found ${found(text, i + 1)}`, i + 1);
            return i + 1;
        }
        if (c !== 0x7c /* | */)
            throw unexpectedInModel(text, i, where);
        i = skipWhite(text, i + 1);
        if (!startsName(text, i))
            throw unexpectedInModel(text, i, where);
        i = nameEnd(text, i);
        names++;
    }
}
/**
 * A children model from its '(': names and groups, each optionally followed by ?, * or +; a group separates its
 * items with '|' or with ',' but not both. Iterative: `seps` holds the separator of each open group.
 */
function readChildren(text, from, where) {
    const seps = [];
    let expectItem = true;
    for (let i = from;;) {
        i = skipWhite(text, i);
        const c = text.charCodeAt(i);
        if (expectItem) {
            if (c === OPEN_PAREN) {
                seps.push(0);
                i++;
            }
            else if (startsName(text, i)) {
                i = occurrence(text, nameEnd(text, i));
                expectItem = false;
            }
            else
                throw unexpectedInModel(text, i, where);
        }
        else if (c === CLOSE_PAREN) {
            seps.pop();
            i = occurrence(text, i + 1);
            if (seps.length === 0)
                return i;
        }
        else if (c === 0x7c /* | */ || c === 0x2c /* , */) {
            const top = seps.length - 1;
            if (seps[top] !== 0 && seps[top] !== c)
                throw new XmlSyntaxError(`malformed XML: a group of ${where} mixes '|' and ','; use parentheses`, i);
            seps[top] = c;
            i++;
            expectItem = true;
        }
        else
            throw unexpectedInModel(text, i, where);
    }
}
/** After an item of a content model: skips its ?, * or +. */
function occurrence(text, i) {
    const c = text.charCodeAt(i);
    return c === 0x3f /* ? */ || c === 0x2a /* * */ || c === 0x2b /* + */ ? i + 1 : i;
}
function unexpectedInModel(text, i, where) {
    if (i >= text.length)
        return endOfFile(text, `expected ')' to close the content model of ${where}`);
    return new XmlSyntaxError(`malformed XML: unexpected ${found(text, i)} in the content model of ${where}`, i);
}
/** `<!ATTLIST element (name type default)*>`; a default value is refused. */
function readAttlistDecl(text, lt) {
    let i = expectWhite(text, lt + 9, "'<!ATTLIST'");
    const element = expectName(text, i, "an element name after '<!ATTLIST'");
    i += element.length;
    for (;;) {
        const j = skipWhite(text, i);
        if (text.charCodeAt(j) === GT)
            return j + 1;
        if (j >= text.length)
            throw endOfFile(text, `expected '>' to close <!ATTLIST ${chars_shown(element)}`);
        if (j === i)
            throw new XmlSyntaxError(`malformed XML: expected white space or '>' in <!ATTLIST ${chars_shown(element)}, found ${found(text, j)}`, j);
        const name = expectName(text, j, `an attribute name or '>' in <!ATTLIST ${chars_shown(element)}`);
        const where = `<!ATTLIST ${chars_shown(element)} ${chars_shown(name)}`;
        i = readAttType(text, expectWhite(text, j + name.length, where), where);
        i = expectWhite(text, i, where);
        if (text.startsWith('#REQUIRED', i))
            i += 9;
        else if (text.startsWith('#IMPLIED', i))
            i += 8;
        else if (text.startsWith('#FIXED', i) || text.charCodeAt(i) === chars_QUOTE || text.charCodeAt(i) === APOS)
            refuseDefault(lt, element, name, text.startsWith('#FIXED', i));
        else
            throw new XmlSyntaxError(`malformed XML: expected #REQUIRED, #IMPLIED, #FIXED or a quoted default value in ${where}, found ${found(text, i)}`, i);
    }
}
function refuseDefault(lt, element, attribute, fixed) {
    throw new XmlSyntaxError(`unsupported XML: the DOCTYPE gives the attribute ${chars_shown(attribute)} of <${chars_shown(element)}> a ${fixed ? '#FIXED' : 'default'} value; a parser that reads the DTD (as Campaign may) adds it to every <${chars_shown(element)}> without that attribute, and ims-gate does not apply DTD defaults — remove the default (use #IMPLIED or #REQUIRED) or write the attribute on the elements`, lt, lt + 9);
}
const ATT_TYPES = ['CDATA', 'IDREFS', 'IDREF', 'ID', 'ENTITIES', 'ENTITY', 'NMTOKENS', 'NMTOKEN'];
function readAttType(text, i, where) {
    if (text.charCodeAt(i) === OPEN_PAREN)
        return readEnumeration(text, i, where);
    if (text.startsWith('NOTATION', i))
        return readEnumeration(text, expectWhite(text, i + 8, `NOTATION in ${where}`), where);
    for (const type of ATT_TYPES)
        if (text.startsWith(type, i))
            return i + type.length;
    throw new XmlSyntaxError(`malformed XML: expected an attribute type (CDATA, ID, NMTOKEN, … or '(') in ${where}, found ${found(text, i)}`, i);
}
/** `(a | b | c)`: name tokens separated by '|'. */
function readEnumeration(text, from, where) {
    if (text.charCodeAt(from) !== OPEN_PAREN)
        throw new XmlSyntaxError(`malformed XML: expected '(' in ${where}, found ${found(text, from)}`, from);
    for (let i = from + 1;;) {
        i = skipWhite(text, i);
        const end = nameEnd(text, i);
        if (end === i) {
            if (i >= text.length)
                throw endOfFile(text, `expected ')' to close the list of values of ${where}`);
            throw new XmlSyntaxError(`malformed XML: expected a value in the list of values of ${where}, found ${found(text, i)}`, i);
        }
        i = skipWhite(text, end);
        const c = text.charCodeAt(i);
        if (c === CLOSE_PAREN)
            return i + 1;
        if (c !== 0x7c /* | */) {
            if (i >= text.length)
                throw endOfFile(text, `expected ')' to close the list of values of ${where}`);
            throw new XmlSyntaxError(`malformed XML: expected '|' or ')' in the list of values of ${where}, found ${found(text, i)}`, i);
        }
        i++;
    }
}
/** `<!NOTATION name (SYSTEM "…" | PUBLIC "…" ["…"])>`. */
function readNotationDecl(text, lt) {
    let i = expectWhite(text, lt + 10, "'<!NOTATION'");
    const name = expectName(text, i, "a notation name after '<!NOTATION'");
    i = readExternalId(text, expectWhite(text, i + name.length, `<!NOTATION ${chars_shown(name)}`), true);
    return expectClose(text, skipWhite(text, i), `<!NOTATION ${chars_shown(name)}`);
}
/** `SYSTEM "uri"` or `PUBLIC "id" "uri"` (the uri is optional in a notation). Nothing is ever fetched. */
function readExternalId(text, i, uriOptional) {
    if (text.startsWith('SYSTEM', i))
        return readLiteral(text, expectWhite(text, i + 6, 'SYSTEM'), 'SYSTEM');
    if (!text.startsWith('PUBLIC', i))
        throw new XmlSyntaxError(`malformed XML: expected SYSTEM or PUBLIC, found ${found(text, i)}`, i);
    const idStart = expectWhite(text, i + 6, 'PUBLIC');
    const idEnd = readLiteral(text, idStart, 'PUBLIC');
    for (let k = idStart + 1; k < idEnd - 1; k++) {
        if (!isPubidChar(text.charCodeAt(k)))
            throw new XmlSyntaxError(`malformed XML: ${found(text, k)} is not allowed in a PUBLIC identifier`, k);
    }
    const next = skipWhite(text, idEnd);
    const quote = text.charCodeAt(next);
    if (next > idEnd && (quote === chars_QUOTE || quote === APOS))
        return readLiteral(text, next, 'PUBLIC');
    if (uriOptional)
        return idEnd;
    throw new XmlSyntaxError(`malformed XML: expected white space then the quoted system identifier after the PUBLIC identifier, found ${found(text, next)}`, next);
}
function isPubidChar(c) {
    return c === 0x20 || c === 0x0d || c === 0x0a || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || "-'()+,./:=?;!*#@$_%".includes(String.fromCharCode(c));
}
/** A quoted literal at `i`; returns the offset just after its closing quote. */
function readLiteral(text, i, what) {
    const quote = text.charCodeAt(i);
    if (quote !== chars_QUOTE && quote !== APOS)
        throw new XmlSyntaxError(`malformed XML: expected a quoted literal after ${what}, found ${found(text, i)}`, i);
    const close = text.indexOf(quote === chars_QUOTE ? '"' : "'", i + 1);
    if (close === -1)
        throw endOfFile(text, `expected the closing quote of the literal after ${what}`);
    return close + 1;
}
function expectWhite(text, i, after) {
    if (!isWhite(text.charCodeAt(i))) {
        if (i >= text.length)
            throw endOfFile(text, `expected white space after ${after}`);
        throw new XmlSyntaxError(`malformed XML: expected white space after ${after}, found ${found(text, i)}`, i);
    }
    return skipWhite(text, i);
}
function expectName(text, i, what) {
    if (!startsName(text, i)) {
        if (i >= text.length)
            throw endOfFile(text, `expected ${what}`);
        throw new XmlSyntaxError(`malformed XML: expected ${what}, found ${found(text, i)}`, i);
    }
    return text.slice(i, nameEnd(text, i));
}
function expectClose(text, i, what) {
    if (text.charCodeAt(i) === GT)
        return i + 1;
    if (i >= text.length)
        throw endOfFile(text, `expected '>' to close ${what}`);
    throw new XmlSyntaxError(`malformed XML: expected '>' to close ${what}, found ${found(text, i)}`, i);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/source.js

/**
 * The next occurrence of a fixed string at or after an offset. Offsets asked for never decrease, so the text is
 * searched at most once from start to end, whatever the number of questions.
 */
class NextOccurrence {
    text;
    needle;
    /** -2: not searched yet; -1: none left. */
    at = -2;
    constructor(text, needle) {
        this.text = text;
        this.needle = needle;
    }
    from(offset) {
        if (this.at === -2 || (this.at !== -1 && this.at < offset))
            this.at = this.text.indexOf(this.needle, offset);
        return this.at;
    }
}
class Source {
    text;
    lines;
    amp;
    cdataEnd;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
        this.amp = new NextOccurrence(text, '&');
        this.cdataEnd = new NextOccurrence(text, ']]>');
    }
    /** Checks every reference in [from, to): each one must be a predefined entity or a character reference. */
    checkReferences(from, to) {
        for (let amp = this.amp.from(from); amp !== -1 && amp < to; amp = this.amp.from(amp + 1))
            readReference(this.text, amp);
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/tokenizer.js






/** Scans a whole document. Throws XmlSyntaxError at the first well-formedness error. */
function scanXml(text, lines, handler, options = {}) {
    // Characters that XML forbids everywhere are found by one pass over the whole text; the error that comes first
    // in the text wins, so a malformed tag before the character is reported as such.
    const illegal = firstIllegalChar(text);
    try {
        new Tokenizer(new Source(text, lines), handler, options).run();
    }
    catch (error) {
        if (illegal === -1 || !(error instanceof XmlSyntaxError) || error.offset <= illegal)
            throw error;
    }
    if (illegal !== -1)
        throw illegalCharacter(text, illegal);
}
function illegalCharacter(text, offset) {
    const c = text.charCodeAt(offset);
    const what = c < 0x20 ? `the control character ${codePointName(c)}` : `the character ${codePointName(c)}`;
    return new XmlSyntaxError(`malformed XML: ${what} is not allowed in an XML document (not in text, attributes, comments, CDATA nor processing instructions); remove it`, offset);
}
class Tokenizer {
    source;
    handler;
    options;
    text;
    /**
     * The open elements, root first: offset of '<', offset just after the name, and the name itself (the handler's
     * `ancestors`), which is '' for muted elements since nobody asks for it.
     */
    starts = [];
    nameStops = [];
    names = [];
    /** Attribute offsets of the current start tag, reused from tag to tag. */
    offsets = new AttributeOffsets();
    rootSeen = false;
    doctypeSeen = false;
    /** Offset of the XML declaration of a concatenated document whose root element has not come yet, or -1. */
    pendingDeclaration = -1;
    /** Depth of the element whose content is muted ('skip'), or -1. */
    mutedDepth = -1;
    constructor(source, handler, options) {
        this.source = source;
        this.handler = handler;
        this.options = options;
        this.text = source.text;
    }
    run() {
        const { text } = this;
        let pos = 0;
        while (pos < text.length) {
            const lt = text.indexOf('<', pos);
            const textEnd = lt === -1 ? text.length : lt;
            if (textEnd > pos)
                this.characterData(pos, textEnd);
            if (lt === -1)
                break;
            pos = this.markup(lt);
        }
        this.finish();
    }
    /** Reads the markup at `lt` and returns the offset just after it. */
    markup(lt) {
        const c = this.text.charCodeAt(lt + 1);
        if (c === SLASH)
            return this.endTag(lt);
        if (c === BANG)
            return this.declaration(lt);
        if (c === QUESTION)
            return this.processingInstruction(lt);
        return this.startTag(lt);
    }
    processingInstruction(lt) {
        const atStart = this.atDocumentStart(lt);
        const end = readProcessingInstruction(this.text, this.source.lines, lt, atStart);
        if (atStart && lt > 1 && this.text.startsWith('<?xml', lt) && nameEnd(this.text, lt + 2) === lt + 5)
            this.pendingDeclaration = lt;
        return end;
    }
    /**
     * Whether `lt` starts a document: the very start of the file (after a byte-order mark), or, where documents may
     * be concatenated (`extraRoot`), the top level after a root element, where the next document's XML declaration
     * and byte-order mark may stand.
     */
    atDocumentStart(offset) {
        if (offset === 0 || (offset === 1 && this.text.charCodeAt(0) === 0xfeff))
            return true;
        return this.options.extraRoot !== undefined && this.rootSeen && this.names.length === 0;
    }
    /** Text between markup: references and no ']]>' inside the root element; only white space outside it. */
    characterData(from, to) {
        if (this.names.length > 0) {
            const cdataEnd = this.source.cdataEnd.from(from);
            if (cdataEnd !== -1 && cdataEnd < to)
                throw new XmlSyntaxError("malformed XML: ']]>' in text; it may only end a CDATA section (write '>' as &gt;)", cdataEnd, cdataEnd + 3);
            this.source.checkReferences(from, to);
            return;
        }
        const { text } = this;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            if (isWhite(c) || (c === 0xfeff && this.atDocumentStart(i)))
                continue;
            throw new XmlSyntaxError(this.rootSeen
                ? `malformed XML: unexpected text ${found(text, i)} after the end of the root element; a document has exactly one root element`
                : `malformed XML: expected '<' to start the root element, found ${found(text, i)}`, i);
        }
    }
    /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
    declaration(lt) {
        const { text, source } = this;
        if (text.startsWith('<!--', lt)) {
            const end = readComment(text, source.lines, lt);
            if (this.mutedDepth === -1)
                this.handler.comment?.(lt, end);
            return end;
        }
        if (text.startsWith('<![CDATA[', lt)) {
            if (this.names.length === 0)
                throw new XmlSyntaxError('malformed XML: a CDATA section is only allowed inside an element', lt, lt + 9);
            return readCdata(text, source.lines, lt);
        }
        if (text.startsWith('<!DOCTYPE', lt)) {
            if (this.rootSeen || this.names.length > 0)
                throw new XmlSyntaxError('malformed XML: a DOCTYPE declaration is only allowed before the root element', lt, lt + 9);
            if (this.doctypeSeen)
                throw new XmlSyntaxError('malformed XML: a second DOCTYPE declaration; a document has at most one', lt, lt + 9);
            this.doctypeSeen = true;
            return readDoctype(text, source.lines, lt);
        }
        if (lt + 2 >= text.length)
            throw endOfFile(text, "expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!'");
        throw new XmlSyntaxError(`malformed XML: expected '<!--', '<![CDATA[' or '<!DOCTYPE' after '<!', found ${found(text, lt + 2)}`, lt, lt + 2);
    }
    startTag(lt) {
        const { text, names, source } = this;
        if (!startsName(text, lt + 1)) {
            if (lt + 1 >= text.length)
                throw endOfFile(text, "expected an element name after '<'");
            throw new XmlSyntaxError(`malformed XML: expected an element name after '<', found ${found(text, lt + 1)}; write a literal '<' as &lt;`, lt);
        }
        const nameStop = nameEnd(text, lt + 1);
        if (names.length === 0 && this.rootSeen && !this.options.extraRoot?.(text.slice(lt + 1, nameStop))) {
            throw new XmlSyntaxError(`malformed XML: a second root element <${chars_shown(text.slice(lt + 1, nameStop))}>; a document has exactly one root element`, lt, nameStop);
        }
        this.rootSeen = true;
        this.pendingDeclaration = -1;
        const depth = names.length;
        let end;
        let name = '';
        let action = undefined;
        if (this.mutedDepth === -1 && this.handler.startTag) {
            const tag = readStartTag(source, lt, depth, this.offsets);
            end = tag.end;
            name = tag.name;
            action = this.handler.startTag(tag, names);
        }
        else {
            // Muted content (or no handler): checked the same way, nothing built.
            end = scanStartTag(source, lt, this.offsets);
        }
        if (text.charCodeAt(end - 2) !== SLASH) {
            if (action === 'skip')
                this.mutedDepth = depth;
            names.push(name);
            this.starts.push(lt);
            this.nameStops.push(nameStop);
        }
        return end;
    }
    endTag(lt) {
        const { text, names } = this;
        const nameStart = lt + 2;
        if (!startsName(text, nameStart)) {
            if (nameStart >= text.length)
                throw endOfFile(text, "expected an element name after '</'");
            throw new XmlSyntaxError(`malformed XML: expected an element name after '</', found ${found(text, nameStart)}`, nameStart);
        }
        const nameStop = nameEnd(text, nameStart);
        const close = skipWhite(text, nameStop);
        if (close >= text.length)
            throw endOfFile(text, `expected '>' to close the end tag </${chars_shown(text.slice(nameStart, nameStop))}>`);
        if (text.charCodeAt(close) !== GT)
            throw new XmlSyntaxError(`malformed XML: expected '>' to close the end tag </${chars_shown(text.slice(nameStart, nameStop))}>, found ${found(text, close)}`, close);
        const top = names.length - 1;
        if (top < 0)
            throw new XmlSyntaxError(`malformed XML: unexpected end tag </${chars_shown(text.slice(nameStart, nameStop))}>: no element is open`, lt, close + 1);
        const openStart = this.starts[top] + 1;
        const length = nameStop - nameStart;
        if (this.nameStops[top] - openStart !== length || !sameText(text, openStart, nameStart, length)) {
            throw new XmlSyntaxError(`malformed XML: mismatched end tag </${chars_shown(text.slice(nameStart, nameStop))}>: expected </${this.openName(top)}> to close ${this.opened(top)}`, lt, close + 1);
        }
        const closed = names.pop();
        this.starts.pop();
        this.nameStops.pop();
        if (top === this.mutedDepth)
            this.mutedDepth = -1;
        if (this.mutedDepth === -1)
            this.handler.endTag?.(closed, top);
        return close + 1;
    }
    finish() {
        if (this.pendingDeclaration !== -1) {
            const at = this.pendingDeclaration;
            throw new XmlSyntaxError('malformed XML: an XML declaration <?xml …?> after the root element starts no new document (no root element follows it); it is only allowed at the very start of the file', at, at + 5);
        }
        const top = this.names.length - 1;
        if (top >= 0)
            throw endOfFile(this.text, `expected </${this.openName(top)}> to close ${this.opened(top)}`);
        if (!this.rootSeen)
            throw endOfFile(this.text, 'no root element; expected an XML element such as <package> or <serverconf>');
    }
    /** The name of the open element at `depth` (muted elements keep no name in `names`). */
    openName(depth) {
        return chars_shown(this.text.slice(this.starts[depth] + 1, this.nameStops[depth]));
    }
    opened(depth) {
        return `<${this.openName(depth)}> opened at ${this.source.lines.describe(this.starts[depth])}`;
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml/index.js
// The XML tokenizer used by the readers (see tokenizer.ts), and the pieces of its API they use.




;// CONCATENATED MODULE: ./.tmp/build/lib/read/xml-common.js



/** All attributes of a start tag, decoded, each located at its `name="value"` span. */
function locatedAttrs(file, text, lines, tag) {
    // No prototype: an attribute named `__proto__` is an attribute like any other, not the object's prototype.
    const attrs = Object.create(null);
    for (const attr of tag.attrs)
        attrs[attr.name] = { value: attrValue(text, attr), loc: lines.loc(file, attr.start, attr.end) };
    return attrs;
}
/** The decoded value of one attribute of a start tag, or undefined. */
function attrOf(text, tag, name) {
    for (const attr of tag.attrs)
        if (attr.name === name)
            return attrValue(text, attr);
    return undefined;
}
/**
 * Decodes and scans an XML file. `handler` sees every token; suppression comments are collected here and bound
 * to the start tag that follows them. A well-formedness error ends the scan and becomes the one problem.
 */
function scanXmlFile(file, bytes, makeHandler, options = {}) {
    const decoded = decodeBytes(file, bytes, { xml: true });
    if (!decoded.ok)
        return { suppressions: [], problems: [decoded.problem] };
    const text = decoded.text;
    const lines = new LineMap(text);
    const suppressions = [];
    /** Directives waiting for the next start tag. */
    let pending = [];
    const inner = makeHandler(text, lines);
    const bindPending = (startLine, endLine) => {
        for (const s of pending) {
            s.targetStartLine = startLine;
            s.targetEndLine = endLine;
        }
        pending = [];
    };
    const handler = {
        startTag(tag, ancestors) {
            if (pending.length > 0) {
                const loc = lines.loc(file, tag.start, tag.end);
                bindPending(loc.line, loc.endLine);
            }
            return inner.startTag?.(tag, ancestors);
        },
        endTag(name, depth) {
            // A directive followed by an end tag has no element to cover: it covers the line after it.
            if (pending.length > 0)
                pending = [];
            inner.endTag?.(name, depth);
        },
        comment(start, end) {
            const body = text.slice(start + 4, end - 3);
            if (body.includes(DIRECTIVE)) {
                const directive = parseDirective(body);
                if (directive) {
                    const loc = lines.loc(file, start, end);
                    const suppression = { file, ruleIds: directive.ruleIds, loc, targetStartLine: loc.endLine + 1, targetEndLine: loc.endLine + 1 };
                    if (directive.reason !== undefined)
                        suppression.reason = directive.reason;
                    suppressions.push(suppression);
                    pending.push(suppression);
                }
            }
            inner.comment?.(start, end);
        },
    };
    try {
        scanXml(text, lines, handler, options);
    }
    catch (error) {
        if (error instanceof XmlSyntaxError) {
            const loc = error.end !== undefined && error.end > error.offset && error.offset < text.length ? lines.loc(file, error.offset, Math.min(error.end, xml_common_lineEnd(text, error.offset))) : lines.charLoc(file, error.offset);
            return { lines, suppressions, problems: [{ message: error.message, loc }] };
        }
        throw error;
    }
    return { lines, suppressions, problems: [] };
}
/** The end of the line holding `offset` (the offset of its '\r' or '\n'), so that problem spans stay on one line. */
function xml_common_lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    return end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/campaign-package.js

/** The schemas whose records are read. */
const RECORD_SCHEMAS = new Set(['nms:extAccount', 'xtk:group']);
function readCampaignPackage(file, bytes) {
    const records = [];
    const outcome = scanXmlFile(file, bytes, (text, lines) => {
        /** Open `<entities>` elements (outside records), innermost last. */
        const entities = [];
        /** Depth of the open record whose descendants are its content, or -1. */
        let recordDepth = -1;
        return {
            startTag(tag) {
                if (recordDepth !== -1)
                    return;
                const top = entities[entities.length - 1];
                let schema;
                if (top !== undefined && top.depth === tag.depth - 1) {
                    schema = top.schema;
                }
                else {
                    schema = attrOf(text, tag, 'xtkschema');
                    if (schema === undefined && tag.name === 'entities') {
                        const entitiesSchema = attrOf(text, tag, 'schema') ?? '';
                        // Entities of other schemas (workflows, forms, schemas) are most of a package: checked by the tokenizer, never read.
                        if (!RECORD_SCHEMAS.has(entitiesSchema))
                            return 'skip';
                        if (!tag.selfClosing)
                            entities.push({ depth: tag.depth, schema: entitiesSchema });
                        return;
                    }
                }
                if (schema === undefined)
                    return;
                // A record (of any schema): its child elements are its content, never records.
                if (!tag.selfClosing)
                    recordDepth = tag.depth;
                if (!RECORD_SCHEMAS.has(schema))
                    return;
                records.push({ schema, element: tag.name, loc: lines.loc(file, tag.start, tag.end), attrs: locatedAttrs(file, text, lines, tag) });
            },
            endTag(_name, depth) {
                if (depth === recordDepth)
                    recordDepth = -1;
                else if (entities.length > 0 && entities[entities.length - 1].depth === depth)
                    entities.pop();
            },
        };
    }, { extraRoot: (name) => name === 'package' });
    const result = { file, kind: 'campaign-xml', suppressions: outcome.suppressions, problems: outcome.problems };
    if (outcome.problems.length === 0)
        result.records = records;
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/ims-manifest.js
// IMS provisioning manifests: YAML or JSON (parsed by the yaml package, which keeps node ranges for both) with a
// top-level `kind: ims-provisioning`. Validated against policies/schemas/manifest.schema.json; every schema error
// is a problem at the offending node. Scalars are read with the YAML failsafe schema, so every value stays the
// string that was written (a client ID such as `12e45` is not turned into a number).






const MANIFEST_KIND = 'ims-provisioning';
const MANIFEST_SCHEMA = 'manifest.schema.json';
const STRING_FIELDS = ['instance', 'clientId', 'productContext', 'orgId', 'imsServer', 'clientSecretSha256'];
const LIST_FIELDS = ['scopes', 'redirectUris'];
/** Offsets [start, end) of a node, without the trailing line breaks and spaces that block nodes include. */
function nodeSpan(text, node) {
    const range = node.range ?? [0, 0, 0];
    return [range[0], trimmedEnd(text, range[0], Math.max(range[0], range[1]))];
}
function nodeLoc(file, text, lines, node) {
    const [start, end] = nodeSpan(text, node);
    return lines.loc(file, start, end);
}
/** The top-level pair `key:` of a document whose contents are a map. */
function topPair(doc, key) {
    const contents = doc.contents;
    if (!(0,dist/* isMap */.jh)(contents))
        return undefined;
    return contents.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
function isManifestDoc(doc) {
    const pair = topPair(doc, 'kind');
    return pair !== undefined && (0,dist/* isScalar */.jn)(pair.value) && pair.value.value === MANIFEST_KIND;
}
/** A scalar string value (following one alias), located where it is written. */
function scalarString(doc, node) {
    const target = (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
    return (0,dist/* isScalar */.jn)(target) && typeof target.value === 'string' ? target.value : undefined;
}
/** Where `# ims-gate-disable-next-line` comments are, and what they cover. */
function yamlSuppressions(file, text, lines, docs) {
    if (!text.includes(DIRECTIVE))
        return [];
    // Multi-line scalars (block literals, quoted strings) may hold lines that look like comments but are not.
    const scalars = [];
    /** For each line (0-based) on which a pair or sequence item starts, the last line (0-based) it covers. */
    const extent = new Map();
    const note = (startOffset, node, endOffset) => {
        const end = endOffset ?? (node ? nodeSpan(text, node)[1] : startOffset);
        const a = lines.lineIndex(startOffset);
        const b = lines.lineIndex(Math.max(startOffset, end - 1));
        if ((extent.get(a) ?? -1) < b)
            extent.set(a, b);
    };
    const stack = docs.map((doc) => doc.contents);
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isScalar */.jn)(node)) {
            const [start, end] = nodeSpan(text, node);
            if (lines.lineIndex(start) !== lines.lineIndex(end))
                scalars.push([start, end]);
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = pair.key;
                const value = pair.value;
                if (key?.range)
                    note(key.range[0], value ?? key);
                stack.push(key, value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                if (item?.range)
                    note(item.range[0], item);
                stack.push(item);
            }
        }
    }
    const suppressions = [];
    const lineCount = lines.starts.length;
    const lineText = (index) => {
        const start = lines.starts[index];
        const end = index + 1 < lineCount ? lines.starts[index + 1] - 1 : text.length;
        return text.slice(start, end).replace(/\r$/, '');
    };
    for (let index = 0; index < lineCount; index++) {
        const raw = lineText(index);
        const match = /^(\s*)#(.*)$/.exec(raw);
        if (!match || !match[2].includes(DIRECTIVE))
            continue;
        const offset = lines.starts[index] + match[1].length;
        if (scalars.some(([start, end]) => offset > start && offset < end))
            continue;
        const directive = parseDirective(match[2]);
        if (!directive)
            continue;
        let target = index + 1;
        while (target < lineCount && /^\s*(#.*)?$/.test(lineText(target)))
            target++;
        const last = target < lineCount ? (extent.get(target) ?? target) : target;
        const loc = lines.loc(file, offset, lines.starts[index] + raw.length);
        const suppression = { file, ruleIds: directive.ruleIds, loc, targetStartLine: target + 1, targetEndLine: Math.max(target, last) + 1 };
        if (directive.reason !== undefined)
            suppression.reason = directive.reason;
        suppressions.push(suppression);
    }
    return suppressions;
}
/** The first line of a yaml error message, without its " at line L, column C:" suffix. */
function yamlMessage(message) {
    if (message.includes('Maximum call stack size exceeded'))
        return 'the document is nested too deeply to read';
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}
function readImsManifest(file, bytes) {
    const { result, text, lines } = openCandidate(file, 'ims-manifest', bytes);
    if (text === undefined)
        return result;
    const format = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    const counter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: counter, schema: 'failsafe', prettyErrors: false, uniqueKeys: true });
    const docList = Array.isArray(docs) ? docs : [];
    result.suppressions = yamlSuppressions(file, text, lines, docList);
    const syntax = [];
    for (const doc of docList) {
        for (const error of doc.errors) {
            const [start, end] = error.pos;
            const loc = start < text.length ? lines.loc(file, start, Math.min(Math.max(end, start + 1), text.length)) : lines.eofLoc(file);
            syntax.push({ message: `malformed ${format}: ${yamlMessage(error.message)}`, loc });
        }
    }
    if (syntax.length > 0) {
        result.problems = syntax;
        return result;
    }
    const manifests = docList.filter(isManifestDoc);
    if (manifests.length === 0) {
        result.problems.push({ message: `not an IMS provisioning manifest: no ${format} document has a top-level "kind: ${MANIFEST_KIND}"`, loc: fileLoc(file) });
        return result;
    }
    const doc = manifests[0];
    for (const extra of manifests.slice(1)) {
        const kind = topPair(extra, 'kind');
        result.problems.push({
            message: `several "kind: ${MANIFEST_KIND}" documents in one file; only the first (${lines.describe(manifests[0].range[0])}) is read — keep one manifest per file`,
            loc: nodeLoc(file, text, lines, kind?.key ?? extra.contents),
        });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        result.problems.push({ message: `malformed ${format}: ${error.message}`, loc: nodeLoc(file, text, lines, doc.contents) });
        return result;
    }
    const validate = schemaValidator(MANIFEST_SCHEMA);
    const badPaths = [];
    if (!validate(value)) {
        result.problems.push(...schemaProblems(validate.errors, doc, counter, file, 'IMS manifest', text));
        result.problems.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
        for (const error of validate.errors ?? [])
            badPaths.push(error.instancePath);
    }
    const invalid = (key) => badPaths.some((path) => path === `/${key}` || path.startsWith(`/${key}/`));
    const kindPair = topPair(doc, 'kind');
    const kindKey = kindPair?.key;
    const kindValue = kindPair?.value;
    const manifest = { loc: lines.loc(file, nodeSpan(text, kindKey)[0], nodeSpan(text, kindValue)[1]) };
    for (const key of STRING_FIELDS) {
        const pair = topPair(doc, key);
        if (!pair || invalid(key))
            continue;
        const string = scalarString(doc, pair.value);
        if (string !== undefined)
            manifest[key] = { value: string, loc: nodeLoc(file, text, lines, pair.value) };
    }
    for (const key of LIST_FIELDS) {
        const pair = topPair(doc, key);
        if (!pair || invalid(key))
            continue;
        const node = (0,dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(doc) : pair.value;
        if (!(0,dist/* isSeq */.oP)(node))
            continue;
        const items = [];
        for (const item of node.items) {
            const string = scalarString(doc, item);
            if (string !== undefined)
                items.push({ value: string, loc: nodeLoc(file, text, lines, item) });
        }
        manifest[key] = { value: items, loc: nodeLoc(file, text, lines, pair.value) };
    }
    result.manifest = manifest;
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/server-conf.js


function readServerConf(file, bytes) {
    const data = {};
    const outcome = scanXmlFile(file, bytes, (text, lines) => ({
        startTag(tag, ancestors) {
            if (tag.depth === 0) {
                if (tag.name !== 'serverconf') {
                    throw new XmlSyntaxError(`not a Campaign server configuration: expected <serverconf> as the root element, found <${tag.name}>`, tag.start, tag.start + 1 + tag.name.length);
                }
                return;
            }
            const parent = ancestors[tag.depth - 1];
            if (tag.name === 'ims' && parent === 'shared' && !data.ims) {
                data.ims = { loc: lines.loc(file, tag.start, tag.end), attrs: locatedAttrs(file, text, lines, tag) };
            }
            else if (tag.name === 'redirection' && parent === 'web' && !data.redirection) {
                data.redirection = { loc: lines.loc(file, tag.start, tag.end), attrs: locatedAttrs(file, text, lines, tag) };
            }
        },
    }));
    const result = { file, kind: 'server-conf', suppressions: outcome.suppressions, problems: outcome.problems };
    if (outcome.problems.length === 0)
        result.serverConf = data;
    return result;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/read/index.js







/** Read one candidate file. Never throws: anything unreadable becomes `problems` (message + Loc at the parser's line/column). */
function readFile(relPath, bytes, kind) {
    try {
        switch (kind) {
            case 'campaign-xml':
                return readCampaignPackage(relPath, bytes);
            case 'server-conf':
                return readServerConf(relPath, bytes);
            case 'ims-manifest':
                return readImsManifest(relPath, bytes);
            case 'admin-console-csv':
                return readAdminConsoleCsv(relPath, bytes);
            default:
                return unreadable(relPath, kind, `unknown file kind "${String(kind)}"`);
        }
    }
    catch (error) {
        // A bug or a resource limit (e.g. a YAML flow collection nested deeper than the parser's stack).
        const reason = error instanceof RangeError ? 'the file is nested too deeply or is too large to read' : `internal error while reading the file: ${error?.message ?? String(error)}`;
        return unreadable(relPath, kind, reason);
    }
}
function unreadable(file, kind, message) {
    return { file, kind, suppressions: [], problems: [{ message, loc: fileLoc(file) }] };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./.tmp/build/lib/util/git.js
// Small wrappers around the git command line: execFileSync with no shell, bounded output, bounded time, no
// prompts, no hooks, and never an exception past this module (a failure is a value). Arguments that come from
// data (refs, SHAs) are validated by the caller (src/util/git-ref.ts) and placed after `--end-of-options`.

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT = 60_000;
/** The first line of git's error output, for messages. */
function firstLine(text) {
    const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
    return line.trim().replace(/^(fatal|error): /, '');
}
/**
 * Settings given to every command: no file-system monitor (a configured one is a program git would start),
 * no hooks (a hook is a program too, and none is needed to read), no automatic gc or maintenance.
 */
const DEFENSIVE_CONFIG = ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'gc.auto=0', 'maintenance.auto=false'].flatMap((setting) => ['-c', setting]);
/**
 * Variables that would point git at another repository than the one of `cwd` (set, for example, when
 * ims-gate runs from a git hook): the scan root alone says which repository is read.
 */
const LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_SHALLOW_FILE'];
function gitEnv(extra) {
    const env = { ...process.env };
    for (const name of LOCATION_VARIABLES)
        delete env[name];
    // No credential prompt can hang a CI job; no optional lock (index refresh) is taken by read-only commands.
    return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...extra };
}
/** The git command of `args` (`fetch` in `--git-dir=… fetch …`), for messages. */
function commandName(args) {
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-c')
            i++;
        else if (!args[i].startsWith('-'))
            return args[i];
    }
    return 'command';
}
/** Runs `git -C cwd args…`. */
function git(cwd, args, options = {}) {
    try {
        const stdout = (0,external_node_child_process_namespaceObject.execFileSync)('git', ['-C', cwd, ...DEFENSIVE_CONFIG, ...args], {
            input: options.input,
            maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
            timeout: options.timeout ?? DEFAULT_TIMEOUT,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
            env: gitEnv(options.env),
        });
        return { ok: true, stdout };
    }
    catch (caught) {
        const error = caught;
        if (error.code === 'ENOENT')
            return { ok: false, error: 'git is not installed or not on PATH', missingGit: true };
        if (error.code === 'ENOBUFS')
            return { ok: false, error: `git ${commandName(args)} printed more than ${options.maxBuffer ?? DEFAULT_MAX_BUFFER} bytes` };
        if (error.code === 'ETIMEDOUT' || error.signal === 'SIGTERM')
            return { ok: false, error: `git ${commandName(args)} did not finish within ${Math.round((options.timeout ?? DEFAULT_TIMEOUT) / 1000)} s` };
        const stderr = error.stderr ? firstLine(error.stderr.toString('utf8')) : '';
        return { ok: false, error: stderr || error.message };
    }
}
/** Standard output as trimmed text, or undefined on failure. */
function gitText(cwd, args, options) {
    const result = git(cwd, args, options);
    return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}
/** Splits NUL-separated output (`-z`), dropping the empty tail. */
function splitNul(stdout) {
    const parts = stdout.toString('utf8').split('\0');
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/**
 * Reads objects by id with one `git cat-file --batch`. Missing objects are left out of the result.
 * `maxBytes` bounds the whole output (the sum of the objects' sizes, plus headers).
 */
function readObjects(cwd, ids, maxBytes, options = {}) {
    const objects = new Map();
    if (ids.length === 0)
        return objects;
    const result = git(cwd, ['cat-file', '--batch'], { ...options, input: `${ids.join('\n')}\n`, maxBuffer: maxBytes + ids.length * 200 + 1024 });
    if (!result.ok)
        return { error: result.error };
    const out = result.stdout;
    let offset = 0;
    while (offset < out.length) {
        const newline = out.indexOf(0x0a, offset);
        if (newline === -1)
            break;
        const header = out.toString('utf8', offset, newline).split(' ');
        offset = newline + 1;
        if (header.length < 3)
            continue; // `<id> missing` / `<id> ambiguous`
        const size = Number(header[2]);
        objects.set(header[0], { id: header[0], type: header[1], bytes: out.subarray(offset, offset + size) });
        offset += size + 1; // content, then a newline
    }
    return objects;
}
/** Sizes of objects by id (`git cat-file --batch-check`); missing objects are left out. */
function objectSizes(cwd, ids, options = {}) {
    const sizes = new Map();
    if (ids.length === 0)
        return sizes;
    const result = git(cwd, ['cat-file', '--batch-check'], { ...options, input: `${ids.join('\n')}\n` });
    if (!result.ok)
        return { error: result.error };
    for (const line of result.stdout.toString('utf8').split('\n')) {
        const [id, type, size] = line.split(' ');
        if (id && type && size !== undefined && type !== 'missing')
            sizes.set(id, Number(size));
    }
    return sizes;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/git-ref.js
// What a base revision may look like before any of it reaches git. A value from the command line, an action
// input or an event payload is data, never an option: it is checked here against the rules of
// `git check-ref-format` (plus: no component may begin with '-'), and only then passed to git, after
// `--end-of-options`. `git check-ref-format` itself cannot be asked, because it reads a leading '-' as an option.
/** A full commit id: SHA-1 (40 hex digits) or SHA-256 (64). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** The revision suffixes accepted after a name: `~`, `~N`, `^`, `^N`, repeated (`HEAD~2`, `main^2~1`). */
const SUFFIXES = /^(?:[~^][0-9]{0,6})*$/;
const ABBREVIATED_SHA = /^[0-9a-f]{4,63}$/i;
/** Longer than any ref a person types; git itself has no limit, the file system has one per component. */
const MAX_LENGTH = 1000;
function isFullSha(value) {
    return FULL_SHA.test(value);
}
/**
 * Why `name` is not a valid ref name by `git check-ref-format --allow-onelevel`'s rules, or undefined when it is.
 * One more rule than git's: no component begins with '-', so that no part of it can ever be read as an option.
 */
function refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name.length > MAX_LENGTH)
        return `it is longer than ${MAX_LENGTH} characters`;
    if (name.startsWith('-'))
        return "it begins with '-' (git would read it as an option)";
    if (/[\x00-\x20\x7f]/.test(name))
        return 'it contains white space or a control character';
    const forbidden = /[~^:?*[\\]/.exec(name);
    if (forbidden)
        return `it contains '${forbidden[0]}'`;
    if (name.includes('..'))
        return "it contains '..'";
    if (name.includes('@{'))
        return "it contains '@{'";
    if (name === '@')
        return "it is '@'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return "it begins or ends with '/' or contains '//'";
    if (name.endsWith('.'))
        return "it ends with '.'";
    for (const component of name.split('/')) {
        const subject = component === name ? 'it' : `'${component}'`;
        if (component.startsWith('-'))
            return `${subject} begins with '-' (git would read it as an option)`;
        if (component.startsWith('.'))
            return `${subject} begins with '.'`;
        if (component.endsWith('.lock'))
            return `${subject} ends with '.lock'`;
    }
    return undefined;
}
/** What to ask origin for, given a name as the user wrote it (`origin/main` → `refs/heads/main`). */
function remoteRefOf(name) {
    if (name === 'HEAD' || name === 'origin/HEAD' || ABBREVIATED_SHA.test(name))
        return undefined;
    for (const prefix of ['refs/remotes/origin/', 'origin/']) {
        if (name.startsWith(prefix))
            return `refs/heads/${name.slice(prefix.length)}`;
    }
    // Another remote's tracking ref is not origin's to give; any other full ref name is asked for as it is.
    if (name.startsWith('refs/'))
        return name.startsWith('refs/remotes/') ? undefined : name;
    // A plain name (`main`, `release/7.3`, `v1.2`): origin resolves it as it resolves `git fetch origin <name>`.
    return name;
}
/** Parses a base revision, or says why it is not one. */
function parseBaseRevision(value) {
    if (isFullSha(value))
        return { kind: 'commit', text: value.toLowerCase() };
    const cut = value.search(/[~^]/);
    const name = cut === -1 ? value : value.slice(0, cut);
    const suffix = cut === -1 ? '' : value.slice(cut);
    const problem = refNameProblem(name);
    if (problem)
        return { problem: name === value ? problem : `its name '${quoteValue(name)}': ${problem}` };
    if (!SUFFIXES.test(suffix))
        return { problem: `'${quoteValue(suffix)}' is not a revision suffix (~N or ^N)` };
    const remoteRef = suffix === '' ? remoteRefOf(name) : undefined;
    return remoteRef ? { kind: 'name', text: value, remoteRef } : { kind: 'local', text: value };
}
const BASE_REVISION_EXPECTED = 'Expected a commit SHA, or a branch or tag name with an optional ~N or ^N (e.g. origin/main, HEAD~1)';
/** A value for a one-line message: control characters escaped, long values cut. */
function quoteValue(value, max = 80) {
    const escaped = value.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
/** The one-line problem with a base revision, or undefined when it is valid. */
function baseRevisionProblem(value) {
    const parsed = parseBaseRevision(value);
    return 'problem' in parsed ? parsed.problem : undefined;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./.tmp/build/lib/restart/scratch-store.js
// Reads the base revision without changing the user's clone in any way, fetching it from origin when needed.
//
// In CI the base commit is often missing (actions/checkout fetches one commit by default). Fetching it into the
// clone would change it: `--depth=1` makes a complete clone shallow, or adds a line to `.git/shallow` of a
// shallow one; without `--depth`, a shallow clone would download the base's whole history; and a fetch writes
// refs, FETCH_HEAD and objects. Even reading can write: a partial clone (`--filter=blob:none`) fetches a
// missing file's content into itself when it is read. So everything git may write goes to a scratch store, a
// temporary bare repository outside the clone, deleted afterwards:
// - the clone's commands run with GIT_OBJECT_DIRECTORY set to the scratch's objects and the clone's own objects
//   as an alternate (GIT_ALTERNATE_OBJECT_DIRECTORIES): they read both, and write (a lazy fetch) only the scratch;
// - a missing base is fetched one commit deep into the scratch, whose config includes the clone's, so origin's
//   URL, credentials (actions/checkout's extraheader), proxies and url.insteadOf apply as to the user's own
//   `git fetch`. The scratch is initialised without templates (no hooks), hooks point nowhere (util/git.ts),
//   and the fetch asks for exactly one ref or commit, into `refs/ims-gate/base` of the scratch only.
// The clone's refs, `.git/shallow`, objects, FETCH_HEAD, config, index and work tree are never written.




const FETCH_TIMEOUT = 120_000;
const PRIVATE_REF = 'refs/ims-gate/base';
/** Options that keep the fetch to the one thing asked for. */
const FETCH_OPTIONS = [
    '--depth=1',
    '--no-tags',
    '--no-write-fetch-head',
    '--no-recurse-submodules',
    '--no-auto-gc',
    '--no-write-commit-graph',
    '--no-prune',
    // A partial clone's filter (remote.origin.partialclonefilter, in the included config) is not applied: the
    // base's files are fetched here, in full, rather than fetched lazily when they are read.
    '--no-filter',
    // No configured refspec (remote.origin.fetch) is applied besides the one given.
    '--refmap=',
    '--quiet',
];
/** An entry of GIT_ALTERNATE_OBJECT_DIRECTORIES: C-quoted when it holds the list separator or a quote. */
function alternateEntry(path) {
    return path.includes(external_node_path_namespaceObject.delimiter) || path.startsWith('"') ? `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : path;
}
/** Creates the scratch store for the repository of `root`. The caller must call `dispose()`, also on error. */
function openScratchStore(root) {
    const commonDir = gitText(root, ['rev-parse', '--git-common-dir']);
    const objects = gitText(root, ['rev-parse', '--git-path', 'objects']);
    if (!commonDir || !objects)
        return { error: 'cannot find the repository folder' };
    const format = gitText(root, ['rev-parse', '--show-object-format']);
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'ims-gate-base-'));
    const dispose = () => (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    const fail = (error) => (dispose(), { error });
    const gitDir = (0,external_node_path_namespaceObject.join)(dir, 'store.git');
    // --template= : no hooks, no info/exclude. The object format must match the clone's (SHA-1 or SHA-256).
    const init = git(dir, ['init', '--quiet', '--bare', '--template=', ...(format === 'sha256' ? ['--object-format=sha256'] : []), '--', gitDir]);
    if (!init.ok)
        return fail(init.error);
    const include = git(dir, [`--git-dir=${gitDir}`, 'config', 'include.path', (0,external_node_path_namespaceObject.resolve)(root, commonDir, 'config')]);
    if (!include.ok)
        return fail(include.error);
    // The included config may say core.bare=false (the clone's); the scratch has no work tree.
    const store = [`--git-dir=${gitDir}`, '-c', 'core.bare=true'];
    return {
        env: { GIT_OBJECT_DIRECTORY: (0,external_node_path_namespaceObject.join)(gitDir, 'objects'), GIT_ALTERNATE_OBJECT_DIRECTORIES: alternateEntry((0,external_node_path_namespaceObject.resolve)(root, objects)) },
        fetch(source, options = {}) {
            // A leading '+' (force) is taken off by git before the source is read, so a name beginning with '+' stays whole.
            const fetched = git(dir, [...store, 'fetch', ...FETCH_OPTIONS, '--end-of-options', 'origin', `+${source}:${PRIVATE_REF}`], { timeout: options.timeout ?? FETCH_TIMEOUT });
            if (!fetched.ok)
                return { error: fetched.error };
            const commit = gitText(dir, [...store, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${PRIVATE_REF}^{commit}`]);
            return commit ? { commit } : { error: `origin's '${source}' is not a commit` };
        },
        dispose,
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/restart/paths.js

function discoverable(config) {
    const policy = discoveryPolicy(config);
    return (path) => {
        const folders = path.split('/').slice(0, -1);
        for (let i = 0; i < folders.length; i++) {
            if (!policy.entersFolder(folders.slice(0, i + 1).join('/')))
                return false;
        }
        return policy.takesFile(path);
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/restart/base.js
// The base revision's read results: the working tree's results for files git says are unchanged since the base,
// and fresh reads (from git objects) of the changed and deleted files that exist at the base. Unrelated files are
// never read again: only paths in `git diff` are looked at, and only those that sniff as IMS configuration parse.








/** Regular files only: symbolic links (120000) and submodules (160000) hold no configuration text. */
const REGULAR_FILE = /^100[0-7]{3}$/;
const SKIPPED = 'Restart detection skipped.';
const HOW_TO_FETCH = 'fetch it or use actions/checkout with fetch-depth: 0';
function missingBaseMessage(ref) {
    return `base ref '${ref}' is not available in this checkout (shallow clone?); ${HOW_TO_FETCH}. ${SKIPPED}`;
}
/** Git's message, with any URL password or token masked (git may quote origin's URL). */
function maskUserinfo(message) {
    return message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}
/**
 * The commit of `revision`, if the clone (or the scratch store) has it. `rev-list --missing=print` is the one
 * command that never fetches a missing object lazily in a partial clone (rev-parse would, into the clone).
 */
function verify(root, revision, env) {
    const out = gitText(root, ['rev-list', '--missing=print', '--no-walk', '--end-of-options', `${revision}^{commit}`, '--'], { env });
    const commit = out?.split('\n')[0];
    return commit && isFullSha(commit) ? commit : undefined;
}
/**
 * Resolves the base revision to a commit. When it is missing locally and origin can be asked for it (a full
 * commit id, or a branch or tag name), it is fetched into the scratch store, never into the clone.
 */
function resolveBase(root, ref, revision, scratch, log) {
    const local = verify(root, revision.text, scratch.env);
    if (local)
        return local;
    if (revision.kind === 'local')
        return { skipped: missingBaseMessage(ref) };
    const source = revision.kind === 'commit' ? revision.text : revision.remoteRef;
    log(`ims-gate: base ref '${ref}' is not in this checkout; fetching it from origin (one commit, into a temporary repository; the clone is not changed).`);
    const fetched = scratch.fetch(source);
    if ('error' in fetched) {
        const reason = maskUserinfo(fetched.error);
        log(`ims-gate: warning: cannot fetch base ref '${ref}' from origin (git: ${reason}); restart detection skipped.`);
        return { skipped: `base ref '${ref}' is not available in this checkout (shallow clone?), and origin cannot provide it (git: ${reason}); ${HOW_TO_FETCH}. ${SKIPPED}` };
    }
    return verify(root, fetched.commit, scratch.env) ?? { skipped: missingBaseMessage(ref) };
}
/** `git diff --raw -z` output: `:oldmode newmode oldid newid status\0path\0` per path. */
function parseRawDiff(fields) {
    const changed = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const [oldMode, , oldId] = fields[i].replace(/^:/, '').split(' ');
        const path = fields[i + 1];
        const exists = REGULAR_FILE.test(oldMode ?? '') && oldId !== undefined && !/^0+$/.test(oldId);
        changed.push({ path, baseBlob: exists ? oldId : undefined });
    }
    return changed;
}
const CHUNK_BYTES = 64 * 1024 * 1024;
function* batches(entries, sizes) {
    let batch = [];
    let bytes = 0;
    for (const entry of entries) {
        const size = sizes.get(entry.baseBlob) ?? 0;
        if (batch.length > 0 && bytes + size > CHUNK_BYTES) {
            yield batch;
            batch = [];
            bytes = 0;
        }
        batch.push(entry);
        bytes += size;
    }
    if (batch.length > 0)
        yield batch;
}
function compareFiles(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
function readBase(root, ref, config, headResults, log = () => undefined) {
    const revision = parseBaseRevision(ref);
    if ('problem' in revision)
        return { skipped: `base ref '${quoteValue(ref)}' is not a valid git revision: ${revision.problem}. ${SKIPPED}` };
    const top = git(root, ['rev-parse', '--show-toplevel']);
    if (!top.ok) {
        return {
            skipped: top.missingGit
                ? `git is not installed or not on PATH, so base ref '${ref}' cannot be read. ${SKIPPED}`
                : /not a git repository/i.test(top.error)
                    ? `base ref '${ref}' was given, but the scan root is not inside a git repository (git: ${top.error}). ${SKIPPED}`
                    : `base ref '${ref}' was given, but git cannot use the repository of the scan root (git: ${top.error}${/dubious ownership/i.test(top.error) ? '; mark it safe with `git config --global --add safe.directory <path>`' : ''}). ${SKIPPED}`,
        };
    }
    const scratch = openScratchStore(root);
    if ('error' in scratch)
        return { skipped: `cannot prepare to read base ref '${ref}' (git: ${scratch.error}). ${SKIPPED}` };
    try {
        const commit = resolveBase(root, ref, revision, scratch, log);
        return typeof commit === 'string' ? readAt(root, ref, commit, scratch.env, config, headResults) : commit;
    }
    finally {
        scratch.dispose();
    }
}
/** Reads the base revision's results, once the base commit is known (and readable under `env`). */
function readAt(root, ref, commit, env, config, headResults) {
    // Paths relative to the scan root (--relative, pathspec "."), even when the root is a subfolder of the work tree.
    const diff = git(root, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--relative', '--end-of-options', commit, '--', '.'], { env });
    if (!diff.ok)
        return { skipped: `cannot compare the working tree with base ref '${ref}' (git diff: ${diff.error}). ${SKIPPED}` };
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], { env });
    if (!untracked.ok)
        return { skipped: `cannot list untracked files (git ls-files: ${untracked.error}). ${SKIPPED}` };
    const changed = parseRawDiff(splitNul(diff.stdout));
    const changedPaths = new Set([...changed.map((entry) => entry.path), ...splitNul(untracked.stdout)]);
    const visible = discoverable(config);
    // Files the config names are read as their kind on both sides, wherever they are and whatever they look like.
    const configured = configuredKinds(config);
    const wanted = changed.filter((entry) => entry.baseBlob !== undefined && (configured.has(entry.path) || visible(entry.path)));
    const sizes = objectSizes(root, [...new Set(wanted.map((entry) => entry.baseBlob))], { env });
    if ('error' in sizes)
        return { skipped: `cannot read base ref '${ref}' (git cat-file: ${sizes.error}). ${SKIPPED}` };
    // Over the size limit at the base: left out, as discovery leaves it out of a scan.
    const readable = wanted.filter((entry) => (sizes.get(entry.baseBlob) ?? Infinity) <= config.maxFileSizeBytes);
    const results = headResults.filter((result) => !changedPaths.has(result.file));
    // Read in batches of about CHUNK_BYTES, so that a change touching many large files is never held whole.
    for (const batch of batches(readable, sizes)) {
        const objects = readObjects(root, [...new Set(batch.map((entry) => entry.baseBlob))], batch.reduce((sum, entry) => sum + (sizes.get(entry.baseBlob) ?? 0), 0), { env });
        if ('error' in objects)
            return { skipped: `cannot read base ref '${ref}' (git cat-file: ${objects.error}). ${SKIPPED}` };
        for (const entry of batch) {
            const bytes = objects.get(entry.baseBlob)?.bytes;
            if (!bytes)
                continue;
            const kind = configured.get(entry.path) ?? sniffKind(entry.path, bytes);
            if (kind)
                results.push(readFile(entry.path, bytes, kind));
        }
    }
    results.sort(compareFiles);
    return { results, commit, config: baseConfig(root, config, changed, env) };
}
/**
 * The config the base revision was scanned with, when the config file changed since: its instances (paths,
 * urls, manifests) and Admin Console exports decide where the base's files belong. The head's field mapping and
 * account types are kept, so that a mapping change alone is never a setting change. Undefined when unchanged,
 * unreadable, or invalid at the base (the head's config is then the best guess).
 */
function baseConfig(root, config, changed, env) {
    const source = config.source;
    const entry = source === undefined ? undefined : changed.find((candidate) => candidate.path === source);
    if (!entry)
        return undefined;
    let assignment = defaultConfig();
    if (entry.baseBlob !== undefined) {
        const objects = readObjects(root, [entry.baseBlob], 1024 * 1024, { env });
        const bytes = 'error' in objects ? undefined : objects.get(entry.baseBlob)?.bytes;
        if (!bytes)
            return undefined;
        const parsed = parseConfig(bytes.toString('utf8'), entry.path);
        if (parsed.problems.length > 0)
            return undefined;
        assignment = parsed.config;
    }
    return { ...config, instances: assignment.instances, enterpriseDashboard: assignment.enterpriseDashboard };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/quote.js
// Quoting of configuration values in messages: white space and invisible characters become visible,
// so that `"Campaign - prod "` and `"Campaign\u00a0- prod"` can be told apart in a log.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
/** One character as an escape: `\n`, `\r`, `\t`, else `\uXXXX`. */
function escapeChar(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
function escapeInvisible(value) {
    return value.replace(/[\\"]/g, (c) => `\\${c}`).replace(INVISIBLE, escapeChar);
}
/**
 * The value in double quotes, with `"` and `\` escaped and control, non-breaking and zero-width characters as
 * \uXXXX (see QuoteOptions for the JSON escaping and the length limit).
 */
function quote(value, options = {}) {
    const escaped = options.json ? JSON.stringify(value).slice(1, -1) : escapeInvisible(value);
    const max = options.maxLength;
    return `"${max !== undefined && escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped}"`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/util/campaign.js
// The Campaign server command that findings and reports tell people to run. Rules, reporters and restart
// detection all name it, so it lives here rather than in any one of them.
/** Restarts the Campaign web server of an instance: it reads its IMS settings only at start-up. */
function restartCommand(instance) {
    return `nlserver restart web@${instance}`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/restart/snapshot.js
// The IMS settings snapshot of each instance: a flat map `key → value at a place`, built from a model.
//
// Keys:
//   account[<internal name>]              the IMS account exists (value "present"); duplicates get #2, #3… in file order
//   account[<internal name>].<field>      a mapped IMS field (policies/fields.yml), e.g. account[Adobe_Marketing_Cloud].imsServer
//   account[<internal name>].<attribute>  any other attribute of the record (`@<attribute>` when it collides with a field name)
//   serverConf.ims.<attribute>            serverConf's <shared><ims …/> attributes
//   serverConf.redirection.IMSOrgId       serverConf's <web><redirection IMSOrgId=…/>
//
// Values are compared exactly as the readers decoded them (a trailing space in a mask is a real change), so only
// formatting that does not reach a value (attribute order, indentation, comments, quotes, entity spelling,
// moving a record to another file of the same instance) leaves the snapshot unchanged.



/** Whether the key is an account's own entry (`account[<internal name>]`), not one of its settings. */
function isAccountKey(key) {
    return key.startsWith('account[') && key.endsWith(']');
}
const PRESENT = 'present';
/** Attributes that change nothing the server reads: display label, import directives, system columns. */
const COSMETIC = new Set(['label', '_operation', '_key', 'xtkschema', 'id', 'created', 'lastModified', 'createdBy-id', 'modifiedBy-id']);
const FIELD_NAMES = new Set(IMS_FIELDS);
function isSecret(...names) {
    return names.some((name) => isSecretOrHashName(name));
}
function addAccount(snapshot, account, occurrence) {
    const accountName = account.fields.internalName?.value.trim() || '(no internal name)';
    const seen = (occurrence.get(accountName) ?? 0) + 1;
    occurrence.set(accountName, seen);
    const group = `account[${seen > 1 ? `${accountName}#${seen}` : accountName}]`;
    const holder = account.loc;
    snapshot.set(group, { key: group, name: accountName, value: PRESENT, loc: holder, secret: false, group, holder, accountName });
    const mapped = new Map();
    for (const field of IMS_FIELDS) {
        const located = account.fields[field];
        if (located && field !== 'internalName')
            mapped.set(located, field);
    }
    for (const [attribute, located] of Object.entries(account.attrs)) {
        if (located === account.fields.internalName || COSMETIC.has(attribute) || attribute.startsWith('xmlns'))
            continue;
        const field = mapped.get(located);
        const name = field ?? (FIELD_NAMES.has(attribute) ? `@${attribute}` : attribute);
        const key = `${group}.${name}`;
        snapshot.set(key, { key, name: field ?? attribute, value: located.value, loc: located.loc, secret: isSecret(name, attribute), group, holder, accountName });
    }
}
function addServerConf(snapshot, conf) {
    const { ims, redirection } = conf.data;
    if (ims) {
        for (const [attribute, located] of Object.entries(ims.attrs)) {
            const key = `serverConf.ims.${attribute}`;
            snapshot.set(key, { key, name: attribute, value: located.value, loc: located.loc, secret: isSecret(attribute), group: 'serverConf.ims', holder: ims.loc });
        }
    }
    const orgId = redirection?.attrs.IMSOrgId;
    if (redirection && orgId) {
        const key = 'serverConf.redirection.IMSOrgId';
        snapshot.set(key, { key, name: 'IMSOrgId', value: orgId.value, loc: orgId.loc, secret: false, group: 'serverConf.redirection', holder: redirection.loc });
    }
}
/**
 * serverConf.xml files that no instance claims (outside every instance folder and configured path) hold the
 * settings shared by all instances of the server: they are part of every instance's snapshot, under that
 * instance's own serverConf.xml and config-<instance>.xml (which override them, as on the server).
 */
function unassignedServerConfs(model) {
    const fallback = model.instances.find((instance) => instance.name === DEFAULT_INSTANCE);
    return fallback?.serverConfs.filter((conf) => conf.scope === 'shared') ?? [];
}
function ownServerConfs(instance, unassigned) {
    const own = instance?.serverConfs.filter((conf) => !unassigned.includes(conf)) ?? [];
    // serverConf.xml first, config-<instance>.xml over it.
    return [...own.filter((conf) => conf.scope === 'shared'), ...own.filter((conf) => conf.scope === 'instance')];
}
/**
 * The instances a model configures. `default` (files outside every instance folder) counts as an instance only
 * when it holds an IMS account or its own config-default.xml, or when there is no other instance: a shared
 * serverConf.xml alone does not make it one.
 */
function instanceNames(model) {
    const unassigned = unassignedServerConfs(model);
    const names = model.instances.filter((instance) => instance.name !== DEFAULT_INSTANCE).map((instance) => instance.name);
    const fallback = model.instances.find((instance) => instance.name === DEFAULT_INSTANCE);
    if (fallback && (names.length === 0 || fallback.accounts.length > 0 || ownServerConfs(fallback, unassigned).length > 0))
        names.push(DEFAULT_INSTANCE);
    return names;
}
/** The snapshot of one instance (empty of own settings when the model does not have it). */
function snapshotOf(model, name) {
    const snapshot = new Map();
    const unassigned = unassignedServerConfs(model);
    const instance = model.instances.find((candidate) => candidate.name === name);
    for (const conf of unassigned)
        addServerConf(snapshot, conf);
    for (const conf of ownServerConfs(instance, unassigned))
        addServerConf(snapshot, conf);
    const occurrence = new Map();
    for (const account of instance?.accounts ?? [])
        addAccount(snapshot, account, occurrence);
    return snapshot;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/restart/diff.js



/** Shown instead of a secret's value, on the side where it is set. */
const SECRET_PLACEHOLDER = 'changed';
/** Changed, added and removed settings; an added or removed account is one change, not one per field. */
function diffSnapshots(instance, base, head) {
    const changes = [];
    for (const [key, after] of head) {
        const before = base.get(key);
        if (isAccountKey(key)) {
            if (!before)
                changes.push({ instance, key, kind: 'account-added', after });
        }
        else if (!before) {
            if (base.has(after.group) || !isAccountKey(after.group))
                changes.push({ instance, key, kind: 'added', after });
        }
        else if (before.value !== after.value)
            changes.push({ instance, key, kind: 'modified', before, after });
    }
    for (const [key, before] of base) {
        if (head.has(key))
            continue;
        if (isAccountKey(key))
            changes.push({ instance, key, kind: 'account-removed', before });
        else if (head.has(before.group) || !isAccountKey(before.group))
            changes.push({ instance, key, kind: 'removed', before });
    }
    return changes;
}
function diff_shown(entry) {
    if (!entry)
        return null;
    return entry.secret ? SECRET_PLACEHOLDER : entry.value;
}
/** The report's view of a change, at `where`: the same place as its IMS010 notice, in the working tree. */
function toRestartChange(change, where) {
    return { instance: change.instance, field: change.key, file: where.file, line: where.line, before: diff_shown(change.before), after: diff_shown(change.after) };
}
/** How a notice quotes a setting's value. */
const VALUE_QUOTE = { json: true, maxLength: 120 };
function describe(change, label) {
    const { before, after } = change;
    switch (change.kind) {
        case 'account-added':
            return `IMS account "${after?.accountName}" was added`;
        case 'account-removed':
            return `IMS account "${before?.accountName}" was removed (it was in ${before?.loc.file}, line ${before?.loc.line})`;
        case 'added':
            return after?.secret ? `${label} was set (a secret: value not shown)` : `${label} was set to ${quote(after?.value ?? '', VALUE_QUOTE)} (it was not set)`;
        case 'removed':
            return before?.secret ? `${label} was removed (a secret: value not shown)` : `${label} was removed (it was ${quote(before?.value ?? '', VALUE_QUOTE)})`;
        case 'modified':
            return after?.secret ? `${label} changed (a secret: values not shown)` : `${label} changed from ${quote(before?.value ?? '', VALUE_QUOTE)} to ${quote(after?.value ?? '', VALUE_QUOTE)}`;
    }
}
/** Where a change is reported, in the working tree: the head value, or for a removal see removalLoc. */
function changeLoc(change, options) {
    return change.after ? change.after.loc : options.removalLoc(change);
}
/** The IMS010 notice of a change, at the same place as its `restart.changes` entry. */
function toDiagnostic(change, options) {
    const entry = (change.after ?? change.before);
    const ofAccount = options.nameAccount && entry.accountName !== undefined && !change.kind.startsWith('account-') ? ` of IMS account "${entry.accountName}"` : '';
    const command = restartCommand(change.instance);
    const loc = changeLoc(change, options);
    const restartChange = toRestartChange(change, loc);
    return {
        loc,
        message: `Restart the Campaign server of instance ${change.instance} once this is deployed (\`${command}\`): ${describe(change, entry.name + ofAccount)}`,
        instance: change.instance,
        field: change.key,
        value: JSON.stringify([restartChange.before, restartChange.after]),
        remediation: `Deploy this change to instance ${change.instance}, then restart its Campaign server with \`${command}\`: the server reads its IMS settings when it starts.`,
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/restart/index.js
// Restart detection: Campaign reads its IMS settings only when the server starts, so a change to them is live only
// after a restart. A semantic diff of the IMS settings between the base revision and the working tree finds those
// changes; each is a `restart.changes` entry and an IMS010 notice that names the instance and the command.






function logToStderr(line) {
    process.stderr.write(`${line}\n`);
}
const NOT_REQUIRED = { required: false, instances: [], changes: [] };
function accountCount(snapshot) {
    let count = 0;
    for (const key of snapshot.keys())
        if (isAccountKey(key))
            count++;
    return count;
}
/** The working-tree record that removes or only references an account (`_operation="delete"`), if any. */
function deletingRecord(headResults, files, accountName) {
    for (const result of headResults) {
        if (!files.has(result.file))
            continue;
        const record = result.records?.find((candidate) => candidate.schema === 'nms:extAccount' && candidate.attrs.name?.value.trim() === accountName);
        if (record)
            return record.loc;
    }
    return undefined;
}
/**
 * Where a removal is reported in the working tree: the record or element that held the setting, when it is
 * still there; else the record that deletes the account; else the first line of the file that held it; when
 * that file is gone too, another file of the instance or its config; only as a last resort the base's place.
 */
function removalLocator(input, head, instance) {
    const headFiles = new Set(input.headResults.map((result) => result.file));
    return (change) => {
        // Only removals come here, and a removal always has a base entry.
        const before = change.before;
        for (const entry of head.values())
            if (entry.group === before.group)
                return entry.holder;
        const ownFiles = new Set(input.headModel.instances.find((candidate) => candidate.name === instance)?.files ?? []);
        ownFiles.add(before.loc.file);
        const deleting = before.accountName !== undefined ? deletingRecord(input.headResults, ownFiles, before.accountName) : undefined;
        if (deleting)
            return deleting;
        if (headFiles.has(before.loc.file) || (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(input.root, before.loc.file)))
            return fileLoc(before.loc.file);
        // The file is gone: a place that exists in the working tree, so that the notice can be annotated and linked —
        // another file of the instance, else the config that declares it; only then the base revision's place.
        const remaining = [...ownFiles].filter((file) => file !== before.loc.file && headFiles.has(file)).sort();
        if (remaining.length > 0)
            return fileLoc(remaining[0]);
        if (input.config.source && Object.hasOwn(input.config.instances, instance) && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(input.root, input.config.source)))
            return fileLoc(input.config.source);
        return before.loc;
    };
}
/** Changes of one instance in file order (the head place, or the base place of a removal). */
function byPlace(a, b) {
    const x = (a.after ?? a.before)?.loc;
    const y = (b.after ?? b.before)?.loc;
    if (!x || !y)
        return 0;
    if (x.file !== y.file)
        return x.file < y.file ? -1 : 1;
    return x.line - y.line || x.column - y.column || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
/** Compares two models and reports every IMS setting that differs, per instance. */
function compareModels(input, baseModel, headModel = input.headModel) {
    const names = [...new Set([...instanceNames(baseModel), ...instanceNames(headModel)])].sort();
    const changes = [];
    const diagnostics = [];
    for (const name of names) {
        const base = snapshotOf(baseModel, name);
        const head = snapshotOf(headModel, name);
        const found = diffSnapshots(name, base, head).sort(byPlace);
        const options = { nameAccount: Math.max(accountCount(base), accountCount(head)) > 1, removalLoc: removalLocator(input, head, name) };
        for (const change of found) {
            changes.push(toRestartChange(change, changeLoc(change, options)));
            diagnostics.push(toDiagnostic(change, options));
        }
    }
    const instances = [...new Set(changes.map((change) => change.instance))];
    return { restart: { required: changes.length > 0, instances, changes }, diagnostics };
}
/**
 * A file that cannot be read on one side says nothing about what changed in it: both sides then take the
 * readable version (or neither has it), so that an unreadable file is reported once, as IMS000, and never
 * as a removed account.
 */
function withoutUnreadable(head, base) {
    const unreadable = new Set([...head, ...base].filter((result) => result.problems.length > 0).map((result) => result.file));
    if (unreadable.size === 0)
        return { head, base };
    const readable = new Map([...base, ...head].filter((result) => result.problems.length === 0).map((result) => [result.file, result]));
    const substitute = (results) => results.map((result) => (unreadable.has(result.file) ? (readable.get(result.file) ?? result) : result));
    const missing = (results) => [...readable.values()].filter((result) => unreadable.has(result.file) && !results.some((other) => other.file === result.file));
    return { head: [...substitute(head), ...missing(head)], base: [...substitute(base), ...missing(base)] };
}
function detectRestart(input) {
    // No base: nothing to compare with, whether or not the root is a git repository.
    if (!input.baseRef)
        return { restart: { ...NOT_REQUIRED }, diagnostics: [] };
    try {
        const base = readBase(input.root, input.baseRef, input.config, input.headResults, input.log ?? logToStderr);
        if ('skipped' in base)
            return { restart: { ...NOT_REQUIRED, skipped: base.skipped }, diagnostics: [] };
        const sides = withoutUnreadable(input.headResults, base.results);
        const headModel = sides.head === input.headResults ? input.headModel : input.buildModel(sides.head);
        return compareModels(input, input.buildModel(sides.base, base.config), headModel);
    }
    catch (error) {
        // Restart detection is advisory: a bug here must not take the whole scan down.
        return { restart: { ...NOT_REQUIRED, skipped: `restart detection failed: ${error.message}. Restart detection skipped.` }, diagnostics: [] };
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/unreadable-input.js

const HOSTED_MESSAGE = 'hosting is "hosted": no IMS rule runs, because the IMS integration of hosted Campaign instances is managed by Adobe. Contact Adobe for IMS issues on hosted instances.';
const HOSTED_REMEDIATION = 'Nothing to change in the repository. If the instances are on-premise or hybrid after all, set `hosting: on-premise` or `hosting: hybrid` in .github/ims-gate.yml so that the IMS rules run.';
/**
 * A problem as a diagnostic, as gate/findings.ts `problemFinding` makes it. The line is part of its identity (two
 * identical problems in one file stay two), which is safe because IMS000 is never baselined.
 */
function problemDiagnostic(problem, severity) {
    return {
        loc: problem.loc,
        message: problem.message,
        severity,
        field: 'input',
        value: `${problem.loc.file}:${problem.loc.line}\0${problem.message}`,
    };
}
const unreadableInputRule = {
    id: 'IMS000',
    subject: 'scan',
    check({ config, scan, report }) {
        for (const problem of scan.configProblems)
            report(problemDiagnostic(problem));
        if (config.hosting === 'hosted') {
            const loc = fileLoc(config.source ?? '.github/ims-gate.yml');
            report({ loc, message: HOSTED_MESSAGE, severity: 'notice', field: 'hosting', value: 'hosted', remediation: HOSTED_REMEDIATION });
        }
        for (const problem of scan.inputProblems)
            report(problemDiagnostic(problem));
        for (const skipped of scan.skipped)
            report(problemDiagnostic({ loc: fileLoc(skipped.path), message: skipped.reason }, 'notice'));
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/accounts.js
/** The internal name the guide requires for the one IMS external account. */
const IMS_ACCOUNT_NAME = 'Adobe_Marketing_Cloud';
/** The account's internal name as written, or undefined when the record has none. */
function internalNameOf(account) {
    return account.fields.internalName?.value;
}
/**
 * The records of an instance's IMS account, in file order. Records sharing an internal name are one Campaign
 * record (the name is the key), e.g. a base package and a later update. The account named
 * Adobe_Marketing_Cloud wins; otherwise the first account in file order. Empty when the instance has none.
 */
function primaryAccountRecords(instance) {
    const accounts = instance.accounts;
    if (accounts.length === 0)
        return [];
    const named = accounts.filter((account) => internalNameOf(account) === IMS_ACCOUNT_NAME);
    if (named.length > 0)
        return named;
    const first = accounts[0];
    const name = internalNameOf(first);
    return name === undefined ? [first] : accounts.filter((account) => internalNameOf(account) === name);
}
/** Every record of the account that sets `field`, with its value. */
function fieldValues(records, field) {
    const values = [];
    for (const account of records) {
        const value = account.fields[field];
        if (value)
            values.push({ account, value });
    }
    return values;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/instances.js

const PRODUCTION_TOKENS = new Set(['prod', 'production', 'prd', 'live']);
const NON_PRODUCTION_TOKENS = new Set(['stage', 'staging', 'stg', 'preprod', 'preproduction', 'dev', 'development', 'test', 'tst', 'qa', 'uat', 'sandbox', 'int', 'integration', 'demo', 'training']);
function tokens(name) {
    return name.toLowerCase().split(/[^a-z0-9]+/);
}
/** An instance named prod/production/live (also as a token: `prod-eu`, `campaign_prod`), never `preprod`. */
function isProductionName(name) {
    return tokens(name).some((token) => PRODUCTION_TOKENS.has(token));
}
/**
 * The production instances among `names`: those named so; else, when every other instance is named as a
 * non-production one (`emea` beside `emea-test` and `emea-dev`), the single one that is not.
 */
function productionInstances(names) {
    const named = names.filter(isProductionName);
    if (named.length > 0)
        return new Set(named);
    const unmarked = names.filter((name) => !tokens(name).some((token) => NON_PRODUCTION_TOKENS.has(token)));
    return new Set(unmarked.length === 1 && names.length > 1 ? unmarked : []);
}
/**
 * Whether the instance is a real Campaign instance for cross-instance comparisons: the `default` bucket only
 * holds files that could not be assigned to an instance, unless the config declares an instance of that name.
 */
function isNamedInstance(instance, config) {
    return instance.name !== DEFAULT_INSTANCE || Object.hasOwn(config.instances, DEFAULT_INSTANCE);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/related.js
/** A related location at the start of `loc`. */
function relatedAt(loc, message) {
    return { file: loc.file, line: loc.line, column: loc.column, message };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/remediation.js
// Shared remediation wording.

/** Where the IMS account is edited in the Campaign client console. */
const IMS_ACCOUNT_CONSOLE_PATH = 'the "Adobe Marketing Cloud" external account (internal name Adobe_Marketing_Cloud) in the Campaign client console (Administration > Platform > External accounts)';
/** The restart every change to the IMS external account needs, per the troubleshooting guide. */
function restartHint(instance) {
    return `After deploying the change, restart the Campaign server (\`${restartCommand(instance ?? '<instance>')}\`): IMS settings are only read at start-up.`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/single-ims-account.js





/** Where a finding about an account goes: its internal name, or its start tag when it has none. */
function nameLoc(account) {
    return account.fields.internalName?.loc ?? account.loc;
}
function describeName(account) {
    const name = internalNameOf(account);
    return name === undefined ? 'without an internal name' : quote(name);
}
function checkNames(context, instance) {
    const { accounts } = instance;
    const named = accounts.find((account) => internalNameOf(account) === IMS_ACCOUNT_NAME);
    // Without an Adobe_Marketing_Cloud account, the first account (file order) is "the" account.
    const reference = named ?? accounts[0];
    const referenceName = internalNameOf(reference);
    for (const account of accounts) {
        const name = internalNameOf(account);
        if (name === IMS_ACCOUNT_NAME)
            continue;
        // Records under one internal name are one Campaign record (e.g. a package and a later update).
        const sameAsReference = account === reference || (name !== undefined && name === referenceName);
        if (named) {
            context.report({
                loc: nameLoc(account),
                message: `IMS external account ${describeName(account)} of instance "${instance.name}" duplicates the "${IMS_ACCOUNT_NAME}" account: an instance must have exactly one IMS account, with internal name "${IMS_ACCOUNT_NAME}"`,
                instance: instance.name,
                field: 'internalName',
                value: name ?? '',
                related: [relatedAt(nameLoc(named), `the "${IMS_ACCOUNT_NAME}" account of instance "${instance.name}"`)],
                remediation: `Delete this duplicate external account in Campaign (Administration > Platform > External accounts) and remove it from the package; keep only "${IMS_ACCOUNT_NAME}". ${restartHint(instance.name)}`,
            });
        }
        else if (sameAsReference) {
            context.report({
                loc: nameLoc(account),
                message: `IMS external account ${describeName(account)} of instance "${instance.name}" must have the internal name "${IMS_ACCOUNT_NAME}"`,
                instance: instance.name,
                field: 'internalName',
                value: name ?? '',
                remediation: `Set the internal name of the IMS external account to ${IMS_ACCOUNT_NAME} (Administration > Platform > External accounts, "Internal name") and in its package. ${restartHint(instance.name)}`,
            });
        }
        else {
            context.report({
                loc: nameLoc(account),
                message: `IMS external account ${describeName(account)} of instance "${instance.name}" is a second IMS account besides ${referenceName === undefined ? 'the unnamed one' : quote(referenceName)}: an instance must have exactly one IMS account, with internal name "${IMS_ACCOUNT_NAME}"`,
                instance: instance.name,
                field: 'internalName',
                value: name ?? '',
                related: [relatedAt(nameLoc(reference), `the first IMS account of instance "${instance.name}"`)],
                remediation: `Keep one IMS account per instance: give the one to keep the internal name ${IMS_ACCOUNT_NAME} and delete the others, in ${IMS_ACCOUNT_CONSOLE_PATH} and in the packages. ${restartHint(instance.name)}`,
            });
        }
    }
}
/** Package exports: the instance's XML files that are not a serverConf (the sniffer only reads packages with extAccount or group records). */
function hasPackageExport(instance) {
    const other = new Set([...instance.serverConfs.map((conf) => conf.file), ...instance.manifests.map((manifest) => manifest.file), ...instance.dashboards.map((d) => d.file)]);
    return instance.files.some((file) => !other.has(file) && /\.xml$/i.test(file));
}
/** An unreadable file of the instance may hold its account; so may an unassigned one, if the instance exports nothing. */
function mayHoldAccountElsewhere(instance, unassignedAccount) {
    return instance.unreadable.length > 0 || (unassignedAccount && !hasPackageExport(instance));
}
function checkMissing(context, instance, manifest) {
    context.report({
        loc: manifest.loc,
        message: `instance "${instance.name}" has an IMS provisioning manifest but no IMS external account in its packages: expected one "Adobe Marketing Cloud" external account with internal name "${IMS_ACCOUNT_NAME}"`,
        instance: instance.name,
        field: 'internalName',
        value: '(missing)',
        remediation: `Create the "Adobe Marketing Cloud" external account with internal name ${IMS_ACCOUNT_NAME} in Campaign (Administration > Platform > External accounts), export it in a package under the instance's folder and commit it. ${restartHint(instance.name)}`,
    });
}
const singleImsAccountRule = {
    id: 'IMS001',
    check(context) {
        const { instances } = context.model;
        // The repository keeps Campaign packages in git: an instance with a manifest but no account lacks one.
        const tracksPackages = instances.some(hasPackageExport);
        // An account in files assigned to no instance may be the one of an instance that exports no package of its own.
        const unassignedAccount = instances.some((instance) => !isNamedInstance(instance, context.config) && instance.accounts.length > 0);
        for (const instance of instances) {
            if (instance.accounts.length > 0)
                checkNames(context, instance);
            else if (instance.manifests.length > 0 && tracksPackages && !mayHoldAccountElsewhere(instance, unassignedAccount))
                checkMissing(context, instance, instance.manifests[0]);
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/product-context.js




/** The product context when the account shows a Product Context field. */
const PRODUCT_CONTEXT_CLASSIC = 'dma_campaign_classic';
/** The default product context when the field does not appear. */
const PRODUCT_CONTEXT_DEFAULT = 'dma_campaign';
function checkAccountField(context, instance) {
    for (const account of instance.accounts) {
        const value = account.fields.productContext;
        if (!value || value.value === PRODUCT_CONTEXT_CLASSIC)
            continue;
        context.report({
            loc: value.loc,
            message: `Product Context ${quote(value.value)} of the IMS external account of instance "${instance.name}" must be "${PRODUCT_CONTEXT_CLASSIC}"`,
            instance: instance.name,
            field: 'productContext',
            value: value.value,
            remediation: `Set the Product Context field of ${IMS_ACCOUNT_CONSOLE_PATH} to ${PRODUCT_CONTEXT_CLASSIC}, and the same value in its package; use ${PRODUCT_CONTEXT_CLASSIC} in the Experience Cloud (IMS) provisioning too. ${restartHint(instance.name)}`,
        });
    }
}
function checkManifest(context, instance) {
    const records = primaryAccountRecords(instance);
    if (records.length === 0)
        return; // no Campaign side to compare with
    const present = fieldValues(records, 'productContext');
    const expected = present.length > 0 ? PRODUCT_CONTEXT_CLASSIC : PRODUCT_CONTEXT_DEFAULT;
    const reason = present.length > 0
        ? `the external account has a Product Context field, so both sides must use "${PRODUCT_CONTEXT_CLASSIC}"`
        : `the external account has no Product Context field, so Campaign uses the default "${PRODUCT_CONTEXT_DEFAULT}"`;
    const campaignLoc = present[0]?.value.loc ?? records[0].loc;
    const related = relatedAt(campaignLoc, present.length > 0 ? `the Product Context field of instance "${instance.name}"` : `the IMS external account of instance "${instance.name}"`);
    for (const manifest of instance.manifests) {
        const declared = manifest.productContext;
        if (!declared || declared.value === expected)
            continue;
        context.report({
            loc: declared.loc,
            message: `manifest productContext ${quote(declared.value)} of instance "${instance.name}" must equal Campaign's product context "${expected}": ${reason}`,
            instance: instance.name,
            field: 'productContext',
            value: declared.value,
            related: [related],
            remediation: `Set \`productContext: ${expected}\` in the IMS provisioning manifest (${manifest.file}) and provision the same product context in the Experience Cloud (Admin Console), so that Campaign and Experience Cloud agree.`,
        });
    }
}
const productContextRule = {
    id: 'IMS002',
    check(context) {
        for (const instance of context.model.instances) {
            checkAccountField(context, instance);
            checkManifest(context, instance);
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/url.js
// URL helpers for rules: lenient parsing of what people type into Campaign (full URLs, bare hosts, host:port),
// origins for comparison, and the candidates an allowlist pattern (redirect-pattern.ts) is tried on.
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const WHITE_SPACE = /\s/;
/**
 * Parses a URL or a bare host (`host`, `host:port`, `host/path`); undefined when no host can be found or the value
 * holds white space. Split by index, not by one regular expression over the whole value: `([^/?#\s]*)([^\s]*)$`
 * backtracks quadratically on a long value with an inner space (300 KB took 81 s).
 */
function parseUrl(value) {
    const raw = value.trim();
    if (WHITE_SPACE.test(raw))
        return undefined;
    const scheme = SCHEME.exec(raw);
    const rest = scheme ? raw.slice(scheme[0].length) : raw;
    const authorityEnd = firstIndexOf(rest, '/?#');
    const authorityText = rest.slice(0, authorityEnd);
    const authority = authorityText.slice(authorityText.lastIndexOf('@') + 1);
    let host = authority;
    let port;
    const hostPort = /^(\[[^\]]*\]|[^:]*):(\d+)$/.exec(authority);
    if (hostPort) {
        host = hostPort[1];
        port = hostPort[2];
    }
    host = (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
    if (host === '' || !/^(\[[0-9a-f:.]+\]|[^:\[\]]+)$/.test(host))
        return undefined;
    return { raw, scheme: scheme?.[1].toLowerCase(), host, port, path: rest.slice(authorityEnd) };
}
/** The index of the first of `chars` in the text, or its length when there is none. */
function firstIndexOf(text, chars) {
    for (let i = 0; i < text.length; i++)
        if (chars.includes(text[i]))
            return i;
    return text.length;
}
const DEFAULT_PORTS = { https: '443', http: '80' };
/** `host` or `host:port`, leaving out the default port of the URL's scheme (https for a bare host). */
function hostKey(url) {
    const defaultPort = DEFAULT_PORTS[url.scheme ?? 'https'];
    return url.port === undefined || url.port === defaultPort ? url.host : `${url.host}:${url.port}`;
}
/** `scheme://host[:port]`; a bare host counts as https. */
function originOf(url) {
    return `${url.scheme ?? 'https'}://${hostKey(url)}`;
}
/** Whether two URLs have the same origin (scheme, host, port); `ignoreScheme` compares host and port only. */
function sameOrigin(a, b, ignoreScheme = false) {
    return ignoreScheme ? hostKey(a) === hostKey(b) : originOf(a) === originOf(b);
}
/**
 * Whether `token` occurs in the host as a whole token, between start/end or characters other than [a-z0-9]
 * (`stage.campaign.example.com`, `campaign-prod.example.com` for `stage`, `prod`). The host is lower-case.
 */
function hostHasToken(host, token) {
    if (token === '')
        return false;
    const isWordChar = (char) => char !== undefined && /[a-z0-9]/.test(char);
    for (let at = host.indexOf(token); at !== -1; at = host.indexOf(token, at + 1)) {
        if (!isWordChar(host[at - 1]) && !isWordChar(host[at + token.length]))
            return true;
    }
    return false;
}
/** The strings a pattern entry is tried on for a URL: as written, its origin, and its origin with a slash. */
function patternCandidates(url, scheme = url.scheme ?? 'https') {
    const origin = `${scheme}://${hostKey(url)}`;
    const written = `${scheme}://${url.raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '')}`;
    return [...new Set([written, origin, `${origin}/`])];
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/whitespace.js
// Stray white space in names that must match character for character (association masks, Enterprise Dashboard
// group names): leading or trailing white space, doubled spaces, tabs, non-breaking and zero-width characters.
// Positions are 1-based character positions; invisible characters are named and shown escaped, never raw.

/** Zero-width characters, as the body of a character class: invisible, so `\s` alone misses most of them. */
const ZERO_WIDTH = '\\u180e\\u200b-\\u200d\\u2060\\ufeff';
/** Every white-space-like character: ASCII and Unicode white space, plus zero-width characters. */
const WHITE = new RegExp(`[\\s\\u00a0${ZERO_WIDTH}]`);
const EVERY_WHITE = new RegExp(WHITE.source, 'g');
const EVERY_ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH}]`, 'g');
function isWhiteSpaceLike(char) {
    return WHITE.test(char);
}
/** Whether the text holds a white-space-like character anywhere. */
function hasWhiteSpace(text) {
    return WHITE.test(text);
}
/** The text with every white-space-like character removed. */
function withoutWhiteSpace(text) {
    return text.replace(EVERY_WHITE, '');
}
/** The character's name, with its escape for anything but a plain space: `tab (\t)`, `non-breaking space (\u00a0)`. */
function describeWhiteSpace(char) {
    switch (char) {
        case ' ':
            return 'space';
        case '\t':
            return 'tab (\\t)';
        case '\u00a0':
            return 'non-breaking space (\\u00a0)';
        case '\u200b':
            return 'zero-width space (\\u200b)';
        case '\ufeff':
            return 'zero-width no-break space (\\ufeff)';
        case '\u200c':
        case '\u200d':
        case '\u2060':
        case '\u180e':
            return `zero-width character (${escapeChar(char)})`;
        default:
            return `white-space character (${escapeChar(char)})`;
    }
}
/**
 * The stray white space of `text`, in order of position. A run of white space at either end is one issue; inside
 * the text, a run holding a tab, non-breaking or zero-width character is reported at that character, and a run of
 * two or more plain spaces is a doubled space. A single plain space between words is fine.
 */
function strayWhitespace(text, options = {}) {
    const issues = [];
    const base = options.offset ?? 0;
    let start = 0;
    while (start < text.length && WHITE.test(text[start]))
        start++;
    if (start === text.length) {
        if (text.length > 0)
            issues.push({ kind: 'leading', position: base + 1, description: `only white space (${describeWhiteSpace(text[0])} at position ${base + 1})` });
        return issues;
    }
    if (start > 0)
        issues.push({ kind: 'leading', position: base + 1, description: `a leading ${describeWhiteSpace(text[0])}${base > 0 ? ` at position ${base + 1}` : ''}` });
    let end = text.length;
    while (end > start && WHITE.test(text[end - 1]))
        end--;
    for (let i = start; i < end; i++) {
        if (!WHITE.test(text[i]))
            continue;
        let j = i;
        while (j < end && WHITE.test(text[j]))
            j++;
        const odd = text.slice(i, j).split('').findIndex((char) => char !== ' ');
        if (odd !== -1) {
            const position = base + i + odd + 1;
            issues.push({ kind: 'invisible', position, description: `a ${describeWhiteSpace(text[i + odd])} at position ${position}` });
        }
        else if (j - i >= 2) {
            issues.push({ kind: 'doubled', position: base + i + 1, description: `a doubled space at position ${base + i + 1}` });
        }
        i = j - 1;
    }
    if (end < text.length) {
        const single = end === text.length - 1 && text[end] === ' ';
        if (!(single && options.allowTrailingSpace)) {
            const first = text.slice(end).split('').find((char) => char !== ' ') ?? ' ';
            const position = base + end + 1 + Math.max(0, text.slice(end).indexOf(first));
            issues.push({ kind: 'trailing', position, description: `a trailing ${describeWhiteSpace(first)} at position ${position}` });
        }
    }
    return issues;
}
/** `a, b and c` */
function joinIssues(issues) {
    const parts = issues.map((issue) => issue.description);
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** The text with its stray white space removed: trimmed, zero-width characters dropped, other runs as one space. */
function cleanWhitespace(text) {
    return text
        .replace(EVERY_ZERO_WIDTH, '')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/ims-server.js
// Parsing of an IMS server setting (the account's IMS server URL, serverConf's authIMSEndpoint).
// Accepted: a bare host or `https://host`, optionally with a trailing `/`; nothing else.


/** The IMS production endpoints the troubleshooting guide allows. */
const IMS_PRODUCTION_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'];
/** The production endpoints as URLs, for messages: `https://… or https://…`. */
const IMS_PRODUCTION_URLS = IMS_PRODUCTION_HOSTS.map((host) => `https://${host}`).join(' or ');
const IMS_SERVER_EXPECTED = `${IMS_PRODUCTION_URLS} (host only: no port, path or query)`;
function checkImsServer(value) {
    if (value === '')
        return { ok: false, problem: 'is empty' };
    if (hasWhiteSpace(value))
        return { ok: false, problem: 'contains white space' };
    const url = parseUrl(value);
    if (!url)
        return { ok: false, problem: 'is not a valid URL' };
    if (url.scheme !== undefined && url.scheme !== 'https')
        return { ok: false, problem: `uses the scheme "${url.scheme}://" instead of https://` };
    const authority = value.slice(url.scheme === undefined ? 0 : url.scheme.length + 3, value.length - url.path.length);
    if (authority.includes('@'))
        return { ok: false, problem: 'contains credentials' };
    if (url.port !== undefined)
        return { ok: false, problem: `has a port (":${url.port}")` };
    if (url.path !== '' && url.path !== '/') {
        return { ok: false, problem: url.path.startsWith('/') ? `has a path (${JSON.stringify(url.path)})` : 'has a query or fragment' };
    }
    if (!IMS_PRODUCTION_HOSTS.includes(url.host))
        return { ok: false, problem: `has the host "${url.host}", which is not an IMS production endpoint` };
    return { ok: true, host: url.host };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/ims-server.js






const ENDPOINT_ATTRIBUTE = 'authIMSEndpoint';
function accountEndpoints(instance) {
    const endpoints = [];
    for (const account of instance.accounts) {
        const setting = account.fields.imsServer;
        if (!setting)
            continue;
        endpoints.push({
            instance: instance.name,
            setting,
            label: 'IMS server',
            field: 'imsServer',
            remediation: `Set the IMS server URL of ${IMS_ACCOUNT_CONSOLE_PATH} to ${IMS_PRODUCTION_URLS}, the same production endpoint on every instance, and the same value in its package. ${restartHint(instance.name)}`,
        });
    }
    return endpoints;
}
/** serverConf `authIMSEndpoint` settings; an instance's config-<name>.xml overrides the shared serverConf.xml. */
function serverConfEndpoints(instance) {
    const endpoints = [];
    for (const conf of [...instance.serverConfs].sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'instance' ? -1 : 1))) {
        const setting = conf.data.ims?.attrs[ENDPOINT_ATTRIBUTE];
        if (!setting)
            continue;
        endpoints.push({
            instance: instance.name,
            setting,
            label: `serverConf ${ENDPOINT_ATTRIBUTE}`,
            field: ENDPOINT_ATTRIBUTE,
            remediation: `Set ${ENDPOINT_ATTRIBUTE} of <serverconf><shared><ims> in ${conf.file} to ${IMS_PRODUCTION_URLS}, the same production endpoint on every instance. ${restartHint(instance.name)}`,
        });
    }
    return endpoints;
}
function checkEach(context, endpoints) {
    for (const endpoint of endpoints) {
        const result = checkImsServer(endpoint.setting.value);
        if (result.ok)
            continue;
        context.report({
            loc: endpoint.setting.loc,
            message: `${endpoint.label} ${quote(endpoint.setting.value)} of instance "${endpoint.instance}" ${result.problem}: expected ${IMS_SERVER_EXPECTED}`,
            instance: endpoint.instance,
            field: endpoint.field,
            value: endpoint.setting.value.trim().toLowerCase(),
            remediation: endpoint.remediation,
        });
    }
}
function instanceHost(endpoints, production) {
    const first = endpoints[0];
    if (!first)
        return undefined; // no explicit setting: its effective value is unknown, so it is not compared
    const result = checkImsServer(first.setting.value);
    return result.ok ? { endpoint: first, host: result.host, production } : undefined;
}
/** The reference host: the production instances' one, else the single most common one. */
function referenceOf(hosts) {
    const production = hosts.filter((host) => host.production);
    if (production.length > 0 && production.every((host) => host.host === production[0].host))
        return production[0];
    const counts = new Map();
    for (const host of hosts)
        counts.set(host.host, (counts.get(host.host) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0][1] === ranked[1][1])
        return undefined; // a tie: no way to tell which side is wrong
    return hosts.find((host) => host.host === ranked[0][0]);
}
function checkAcross(context, hosts) {
    if (hosts.length < 2)
        return;
    const reference = referenceOf(hosts);
    if (!reference)
        return;
    const related = relatedAt(reference.endpoint.setting.loc, `${reference.endpoint.label} of instance "${reference.endpoint.instance}"`);
    for (const host of hosts) {
        if (host.host === reference.host)
            continue;
        const { endpoint } = host;
        context.report({
            loc: endpoint.setting.loc,
            message: `${endpoint.label} ${quote(endpoint.setting.value)} of instance "${endpoint.instance}" differs from "${reference.host}" used by instance "${reference.endpoint.instance}": stage and production instances must point to the same IMS production endpoint`,
            instance: endpoint.instance,
            field: endpoint.field,
            value: host.host,
            related: [related],
            remediation: endpoint.remediation,
        });
    }
}
const imsServerRule = {
    id: 'IMS003',
    check(context) {
        const accountHosts = [];
        const serverConfHosts = [];
        const named = context.model.instances.filter((instance) => isNamedInstance(instance, context.config));
        const production = productionInstances(named.map((instance) => instance.name));
        for (const instance of context.model.instances) {
            const accounts = accountEndpoints(instance);
            const serverConfs = serverConfEndpoints(instance);
            checkEach(context, accounts);
            checkEach(context, serverConfs);
            // Only instances whose own settings are all valid take part: a bad one is already reported above.
            const valid = [...accounts, ...serverConfs].every((endpoint) => checkImsServer(endpoint.setting.value).ok);
            if (!valid || !isNamedInstance(instance, context.config))
                continue;
            const isProduction = production.has(instance.name);
            // The account compared is the instance's IMS account (Adobe_Marketing_Cloud, else the first one).
            const primary = primaryAccountRecords(instance);
            const accountHost = instanceHost(accounts.filter((endpoint) => primary.some((account) => account.fields.imsServer === endpoint.setting)), isProduction);
            const serverConfHost = instanceHost(serverConfs, isProduction);
            if (accountHost)
                accountHosts.push(accountHost);
            if (serverConfHost)
                serverConfHosts.push(serverConfHost);
        }
        // Like is compared with like: external accounts with external accounts, serverConf with serverConf.
        checkAcross(context, accountHosts);
        checkAcross(context, serverConfHosts);
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/dashboard.js
/** Every distinct group name of the exports, at its first cell (exports, rows and cells in order). */
function dashboardNames(exports) {
    const names = new Map();
    for (const exported of exports) {
        for (const user of exported.users) {
            for (const group of user.groups)
                if (!names.has(group.value))
                    names.set(group.value, group);
        }
    }
    return names;
}
/** How a message names a user of an export: email, else username, else the row. */
function userLabel(user) {
    return user.email ?? user.username ?? `on line ${user.loc.line}`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/edit-distance.js
// Levenshtein distance with a threshold, for near-miss suggestions on text from files: only the band of 2·max+1
// cells around the diagonal is computed, so comparing two 60,000-character names costs 60,000·(2·max+1) steps,
// not 60,000² (a full distance on a 60 K-character mask took seconds per candidate).
/**
 * The Levenshtein distance of `a` and `b` (UTF-16 code units) when it is at most `max`; otherwise `max + 1`.
 * Time O(min(|a|, |b|) · max) after stripping the common prefix and suffix; memory O(|b|).
 */
function boundedDistance(a, b, max) {
    if (a === b)
        return 0;
    const over = max + 1;
    if (Math.abs(a.length - b.length) > max)
        return over;
    let start = 0;
    while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start))
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
        endA--;
        endB--;
    }
    const n = endA - start;
    const m = endB - start;
    if (n === 0 || m === 0)
        return Math.min(Math.max(n, m), over);
    let previous = new Int32Array(m + 1);
    let current = new Int32Array(m + 1);
    for (let j = 0; j <= m; j++)
        previous[j] = j <= max ? j : over;
    for (let i = 1; i <= n; i++) {
        const lo = Math.max(1, i - max);
        const hi = Math.min(m, i + max);
        current[lo - 1] = lo === 1 && i <= max ? i : over;
        const code = a.charCodeAt(start + i - 1);
        let rowMin = current[lo - 1];
        for (let j = lo; j <= hi; j++) {
            let value = previous[j - 1] + (code === b.charCodeAt(start + j - 1) ? 0 : 1);
            const deletion = previous[j] + 1;
            const insertion = current[j - 1] + 1;
            if (deletion < value)
                value = deletion;
            if (insertion < value)
                value = insertion;
            if (value > over)
                value = over;
            current[j] = value;
            if (value < rowMin)
                rowMin = value;
        }
        if (hi < m)
            current[hi + 1] = over;
        if (rowMin > max)
            return over;
        [previous, current] = [current, previous];
    }
    return Math.min(previous[m], over);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/suggest.js
// Near-miss suggestions for a mask prefix ("did you mean …?"). Name-to-name near misses are NearMissIndex's job.


/** Where the beginning of `name` that equals `target` (lower case, no white space) ends, past any white space after it. */
function endIgnoringCaseAndSpace(name, target) {
    let matched = 0;
    let end = 0;
    while (end < name.length && matched < target.length) {
        const char = name[end++];
        if (isWhiteSpaceLike(char))
            continue;
        if (char.toLowerCase() !== target[matched++])
            return undefined;
    }
    if (matched < target.length)
        return undefined;
    while (end < name.length && isWhiteSpaceLike(name[end]))
        end++;
    return end;
}
/** Spelling distances beyond this only rank a candidate as "far" (keeps the tie-break linear in the text's length). */
const SPELLING_CAP = 32;
/**
 * A near miss for a prefix that starts none of `names`: the beginning of a name that equals the prefix ignoring
 * case and white space (taken up to where the rest of the name starts), or else one of `prefix.length` ± 2
 * characters within Levenshtein distance 2 of it. Returns that beginning exactly as the name spells it, or
 * undefined. Linear in the number of names, and in their length (distances are banded, with a threshold).
 */
function nearPrefix(prefix, names) {
    const target = cleanWhitespace(prefix).replace(/ /g, '').toLowerCase();
    const length = prefix.length;
    const tried = new Set();
    let best;
    const consider = (text, score) => {
        const raw = score === 0 ? boundedDistance(text, prefix, SPELLING_CAP) : score;
        const offset = Math.abs(text.length - length);
        if (!best || score < best.score || (score === best.score && (raw < best.raw || (raw === best.raw && offset < best.offset))))
            best = { text, score, raw, offset };
    };
    for (const name of names) {
        const end = target === '' ? undefined : endIgnoringCaseAndSpace(name, target);
        if (end !== undefined)
            consider(name.slice(0, end), 0);
        for (let stop = Math.max(1, length - 2); stop <= Math.min(name.length, length + 2); stop++) {
            const text = name.slice(0, stop);
            if (tried.has(text))
                continue;
            tried.add(text);
            const raw = boundedDistance(text, prefix, 2);
            if (raw <= 2)
                consider(text, raw);
        }
    }
    return best?.text;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/mask.js



/**
 * What stands for the operator group's internal name: `(.*)`, `(.+)`, also lazy or non-capturing, or a bare
 * trailing `.*` / `.+` (a pattern written without its group still means "the rest of the name").
 */
const NAME_GROUP = /\((?:\?:)?\.[*+]\??\)|\.[*+]\??\$?$/;
/** The mask's prefix: the text before a `(.*)` / `(.+)` group (without a leading `^`), else the whole mask. */
function parseMask(mask) {
    const group = NAME_GROUP.exec(mask);
    if (!group)
        return { prefix: mask, pattern: false, trailing: '' };
    const prefix = mask.slice(0, group.index).replace(/^\^/, '');
    return { prefix, pattern: true, trailing: mask.slice(group.index + group[0].length).replace(/\$$/, '') };
}
/**
 * The association mask in force for an instance: of the records of its IMS account, the last one (in file order)
 * that sets a non-blank mask. Undefined when there is none.
 */
function instanceMask(instance) {
    const values = fieldValues(primaryAccountRecords(instance), 'associationMask').filter(({ value }) => value.value.trim() !== '');
    const last = values[values.length - 1];
    return last ? { value: last.value, account: last.account, parsed: parseMask(last.value.value) } : undefined;
}
/**
 * The prefix by which an instance's Enterprise Dashboard names are recognised: its mask's prefix, when the mask
 * is a usable `<prefix>(.*)` (non-blank prefix, nothing after the group). Undefined otherwise: such names cannot be
 * split into prefix and internal name, so no check that needs the split runs.
 */
function usablePrefix(mask) {
    if (!mask || mask.parsed.trailing !== '' || mask.parsed.prefix.trim() === '')
        return undefined;
    return mask.parsed.prefix;
}
/** What separates the parts of a product profile name (`Campaign - prod - delivery`): white space and punctuation. */
function isSeparator(char) {
    return isWhiteSpaceLike(char) || '-_:|/.'.includes(char);
}
/**
 * Whether a mask prefix fits the Enterprise Dashboard group names: it must start at least one of them, and must not
 * stop just before a separator in every name it starts (`Campaign - prod -` or `Campaign - prod` for
 * `Campaign - prod - delivery`): the internal name would then start with that separator, and match no group.
 * When it fits none, `suggestion` is a near miss spelled as in the names; names that start with another
 * instance's prefix (`otherPrefixes`) are never suggested, being that instance's groups.
 */
function checkPrefix(prefix, names, otherPrefixes = []) {
    const matched = names.filter((name) => name.startsWith(prefix));
    if (matched.length > 0) {
        const cutShort = (name) => name.length > prefix.length && isSeparator(name[prefix.length]);
        if (!matched.every(cutShort))
            return { ok: true, matched };
        const example = matched[0];
        let end = prefix.length;
        while (end < example.length && isSeparator(example[end]))
            end++;
        return { ok: false, reason: 'followed-by-separator', suggestion: example.slice(0, end), example };
    }
    const others = otherPrefixes.filter((other) => other !== prefix && other.trim() !== '');
    const candidates = names.filter((name) => !others.some((other) => name.startsWith(other)));
    const listed = candidates.length > 0 ? candidates : names;
    return { ok: false, reason: 'no-match', suggestion: nearPrefix(prefix, candidates), examples: listed.slice(0, 3), total: listed.length };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/association-mask.js
// IMS004 association-mask: the IMS account's association mask is present, has no stray white space, and its prefix
// starts the instance's Enterprise Dashboard (Admin Console) group names.







const FIELD = 'associationMask';
function exampleMask(instance) {
    return `Campaign - ${instance} - (.*)`;
}
function fixMask(instance, expected) {
    return `Set the Association mask field of ${IMS_ACCOUNT_CONSOLE_PATH} of instance "${instance}" to ${quote(expected)}: the Enterprise Dashboard product profile prefix, then (.*) for the operator group's internal name. ${restartHint(instance)}`;
}
/** The prefixes of every instance's mask, so that one instance's near misses never point at another's groups. */
function allPrefixes(model) {
    const prefixes = [];
    for (const instance of model.instances) {
        const prefix = usablePrefix(instanceMask(instance));
        if (prefix !== undefined)
            prefixes.push(prefix);
    }
    return prefixes;
}
function describePrefixProblem(prefix, check) {
    if (check.reason === 'followed-by-separator') {
        const what = isWhiteSpaceLike(check.example[prefix.length]) ? 'the white space' : 'the separator';
        return `has the prefix ${quote(prefix)}, which stops just before ${what} that follows it in the Enterprise Dashboard group names (e.g. ${quote(check.example)}); did you mean ${quote(check.suggestion)}?`;
    }
    const none = `matches no Enterprise Dashboard group: no group name starts with its prefix ${quote(prefix)}`;
    if (check.suggestion !== undefined)
        return `${none}; did you mean ${quote(check.suggestion)}?`;
    const more = check.total > check.examples.length ? ` and ${check.total - check.examples.length} more` : '';
    return `${none}; the Admin Console export lists ${check.examples.map((example) => quote(example)).join(', ')}${more}`;
}
function checkMask(context, instance, mask, names, prefixes) {
    const text = mask.value;
    const subject = `association mask ${quote(text)} of instance ${quote(instance.name)}`;
    if (text.trim() === '') {
        context.report({
            loc: mask.loc,
            message: `${subject} is ${text === '' ? 'empty' : 'blank (only white space)'}; expected the Enterprise Dashboard group name prefix followed by (.*), e.g. ${quote(exampleMask(instance.name))}`,
            instance: instance.name,
            field: FIELD,
            value: text,
            remediation: fixMask(instance.name, exampleMask(instance.name)),
        });
        return;
    }
    const parsed = parseMask(text);
    const issues = strayWhitespace(text, { allowTrailingSpace: !parsed.pattern });
    const prefixCheck = names && names.length > 0 && parsed.prefix.trim() !== '' ? checkPrefix(parsed.prefix, names, prefixes) : undefined;
    const prefixProblem = prefixCheck && !prefixCheck.ok ? prefixCheck : undefined;
    if (issues.length === 0 && !prefixProblem)
        return;
    const parts = [];
    if (issues.length > 0)
        parts.push(`has ${joinIssues(issues)}`);
    if (prefixProblem)
        parts.push(describePrefixProblem(parsed.prefix, prefixProblem));
    let expected = cleanWhitespace(text) + (!parsed.pattern && text.endsWith(' ') ? ' ' : '');
    if (prefixProblem?.suggestion !== undefined) {
        const rest = text.slice(text.indexOf(parsed.prefix) + parsed.prefix.length);
        expected = prefixProblem.suggestion + cleanWhitespace(rest);
    }
    let message = `${subject} ${parts.join(', and ')}`;
    if (!prefixProblem)
        message += `; expected ${quote(expected)}, with no leading, trailing, doubled or invisible white space`;
    context.report({
        loc: mask.loc,
        message,
        instance: instance.name,
        field: FIELD,
        value: text,
        remediation: fixMask(instance.name, prefixProblem && prefixProblem.suggestion === undefined ? exampleMask(instance.name) : expected),
    });
}
const associationMaskRule = {
    id: 'IMS004',
    check(context) {
        const prefixes = allPrefixes(context.model);
        for (const instance of context.model.instances) {
            const records = primaryAccountRecords(instance);
            if (records.length === 0)
                continue;
            const masks = records.map((account) => account.fields.associationMask).filter((mask) => mask !== undefined);
            if (masks.length === 0) {
                // A record that only updates some fields of the account says nothing about the mask.
                const defining = records.find((account) => recordOperation(account.attrs) !== 'update');
                if (!defining)
                    continue;
                context.report({
                    loc: defining.loc,
                    message: `IMS account ${quote(internalNameOf(defining) ?? '(no internal name)')} of instance ${quote(instance.name)} has no association mask; expected the Enterprise Dashboard group name prefix followed by (.*), e.g. ${quote(exampleMask(instance.name))}`,
                    instance: instance.name,
                    field: FIELD,
                    value: '',
                    remediation: fixMask(instance.name, exampleMask(instance.name)),
                });
                continue;
            }
            const names = instance.dashboards.length > 0 ? [...dashboardNames(instance.dashboards).keys()] : undefined;
            for (const mask of masks)
                checkMask(context, instance, mask, names, prefixes);
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/operator-groups.js
// Operator groups (xtk:group) as the rules see them: the built-in groups of every instance (policy data) and the
// groups an instance defines in the repository.




let builtins;
/** Internal names of the operator groups every instance has (policies/builtin-operator-groups.yml). */
function builtinOperatorGroups() {
    if (builtins)
        return builtins;
    const data = (0,dist/* parse */.qg)((0,external_node_fs_namespaceObject.readFileSync)(policyPath('builtin-operator-groups.yml'), 'utf8'));
    const groups = Array.isArray(data?.groups) ? data.groups.filter((name) => typeof name === 'string') : [];
    return (builtins = new Set(groups));
}
/**
 * Operator groups defined in files that belong to no instance (the `default` bucket beside several named
 * instances): shared packages that every instance imports. A repository of one instance has no such bucket.
 */
function sharedOperatorGroups(model, instance) {
    if (model.fallbackInstance !== DEFAULT_INSTANCE || instance.name === DEFAULT_INSTANCE)
        return [];
    return model.instances.find((candidate) => candidate.name === DEFAULT_INSTANCE)?.groups ?? [];
}
/**
 * Internal names of the operator groups an instance has: its own records, shared records and the built-ins. A
 * built-in counts as renamed, not as existing, when the repository defines it under another case only (a group
 * "Delivery" and no "delivery"): Campaign keys groups by internal name, so that record is the built-in renamed.
 * `extraGroups` are the config's `operatorGroups`: groups every instance has that are not exported here.
 */
function knownOperatorGroups(model, instance, extraGroups = []) {
    const names = new Set();
    for (const group of instance.groups)
        names.add(group.name.value);
    for (const group of sharedOperatorGroups(model, instance))
        names.add(group.name.value);
    const renamed = new Set([...names].map((name) => name.toLowerCase()));
    for (const builtin of [...builtinOperatorGroups(), ...extraGroups]) {
        if (names.has(builtin) || !renamed.has(builtin.toLowerCase()))
            names.add(builtin);
    }
    return names;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/near-miss-index.js
// NearMissIndex: the names within a small case-insensitive Levenshtein distance of a query ("did you mean …?"),
// without comparing the query with every name, so that 10,000 names against 10,000 queries stays far from
// quadratic. Searching distance 0, then 1, then 2 stops at the nearest level that has a name:
// - 0: a map of lower-cased names;
// - 1: deletion neighbourhoods: two strings within one edit share the string itself or a one-deletion variant,
//   so the names are indexed by the hashes of those variants (siblings such as `operator_group_00041`,
//   `operator_group_00042` … cost a few look-ups, not a comparison each);
// - 2: a walk of the sorted names as if they were a trie: the rows of the edit-distance table are shared along a
//   common prefix, only a band of 2·d+1 cells around the diagonal is computed, and as soon as a row holds nothing
//   within the distance, every name below that prefix is skipped (galloping search over the sorted names).
// Every comparison is bounded (banded, with a threshold), so that a name or query of 60,000 characters costs
// time and memory linear in its length, not quadratic.

/**
 * Exact-case distances beyond this only order names as "far": the tie-break among names at the same
 * case-insensitive distance stays linear in the length of the names.
 */
const EXACT_CASE_CAP = 8;
class NearMissIndex {
    maxDistance;
    entries = [];
    /** Entries by lower-cased key. */
    byLower = new Map();
    /** Distinct lower-cased keys, sorted by UTF-16 code units. */
    keys;
    /** lcp[i]: length of the common prefix of keys[i - 1] and keys[i]. */
    lcp;
    /** Keys by the hash of themselves and of every one-character deletion, for distance 1. */
    variants;
    constructor(items, keyOf, maxDistance = 2) {
        this.maxDistance = maxDistance;
        for (const item of items) {
            const key = keyOf(item);
            const index = this.entries.push({ item, key }) - 1;
            const lower = key.toLowerCase();
            const list = this.byLower.get(lower);
            if (list)
                list.push(index);
            else
                this.byLower.set(lower, [index]);
        }
        this.keys = [...this.byLower.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        this.lcp = new Int32Array(this.keys.length + 1);
        for (let i = 1; i < this.keys.length; i++) {
            const a = this.keys[i - 1];
            const b = this.keys[i];
            let n = 0;
            while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n))
                n++;
            this.lcp[i] = n;
        }
    }
    /** The index after the block of keys that share the first `depth` characters of keys[i] (keys are sorted). */
    skipBlock(i, depth) {
        const { keys, lcp } = this;
        // Small blocks (siblings of a leaf) are stepped over; large ones found by galloping, then binary search.
        let j = i + 1;
        for (let steps = 0; steps < 8; steps++, j++)
            if (j >= keys.length || lcp[j] < depth)
                return j;
        const prefix = keys[i].slice(0, depth);
        let step = 8;
        let low = j;
        let high = j;
        while (high < keys.length && keys[high].startsWith(prefix)) {
            low = high + 1;
            high += step;
            step *= 2;
        }
        high = Math.min(high, keys.length);
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (keys[mid].startsWith(prefix))
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    get size() {
        return this.entries.length;
    }
    /** Every name within `max` (≤ maxDistance) of the query, ignoring case: nearest first, then exact-case distance, then input order. */
    within(query, max = this.maxDistance) {
        const lower = query.toLowerCase();
        const found = new Map();
        if (max <= 0) {
            if (this.byLower.has(lower))
                found.set(lower, 0);
        }
        else if (max === 1) {
            this.withinOne(lower, found);
        }
        else {
            this.walk(lower, Math.min(max, this.maxDistance), found);
        }
        const result = [];
        for (const [key, d] of found) {
            for (const index of this.byLower.get(key) ?? []) {
                const entry = this.entries[index];
                result.push({ item: entry.item, distance: d, exact: entry.key === query ? 0 : boundedDistance(query, entry.key, EXACT_CASE_CAP), index });
            }
        }
        result.sort((a, b) => a.distance - b.distance || a.exact - b.exact || a.index - b.index);
        return result.map(({ item, distance: d }) => ({ item, distance: d }));
    }
    /** The names at the smallest distance (≤ maxDistance) that has any, best first; empty when none is near. */
    nearestLevel(query) {
        for (let max = 0; max <= this.maxDistance; max++) {
            const found = this.within(query, max);
            if (found.length > 0)
                return found;
        }
        return [];
    }
    /** Every name within maxDistance of the query, nearest first. */
    matches(query) {
        return this.within(query, this.maxDistance);
    }
    nearest(query) {
        return this.nearestLevel(query)[0];
    }
    /**
     * Distance ≤ 1 by deletion neighbourhoods: two strings within one edit share the string itself or a one-deletion
     * variant. Dense names (siblings differing in their last character) cost a few map look-ups instead of a walk
     * over every sibling. Built on first use.
     */
    withinOne(query, found) {
        let variants = this.variants;
        if (!variants) {
            const map = (variants = this.variants = new Map());
            for (const key of this.keys) {
                forEachDeletionHash(key, (hash) => {
                    const known = map.get(hash);
                    if (known === undefined)
                        map.set(hash, key);
                    else if (typeof known === 'string') {
                        if (known !== key)
                            map.set(hash, [known, key]);
                    }
                    else if (known[known.length - 1] !== key)
                        known.push(key);
                });
            }
        }
        // Each key is compared once: with 30-bit hashes, a long query meets a long key's variants by collision often
        // enough that comparing on every hit would be quadratic in their length.
        const compared = new Set();
        const consider = (key) => {
            if (compared.has(key))
                return;
            compared.add(key);
            const d = boundedDistance(key, query, 1);
            if (d <= 1)
                found.set(key, d);
        };
        forEachDeletionHash(query, (hash) => {
            const known = variants.get(hash);
            if (known === undefined)
                return;
            if (typeof known === 'string')
                consider(known);
            else
                for (const key of known)
                    consider(key);
        });
    }
    /** The sorted-keys trie walk with a banded edit-distance table; adds key → distance for every key within `max`. */
    walk(query, max, found) {
        const keys = this.keys;
        const m = query.length;
        const inf = max + 1;
        const depthLimit = m + max;
        // Only the band is stored: row d keeps cells j = d - max - 1 … d + max + 1 (the outer two always inf), so
        // that memory is linear in the query's length.
        const band = 2 * max + 3;
        const at = (d, j) => d * band + j - d + max + 1;
        const rows = new Int32Array((depthLimit + 2) * band);
        for (let j = 0; j <= Math.min(m, max); j++)
            rows[at(0, j)] = j;
        if (max + 1 <= m)
            rows[at(0, max + 1)] = inf;
        /** Rows 0..pathDepth are valid for the first pathDepth characters of the previous key walked. */
        let pathDepth = 0;
        let i = 0;
        while (i < keys.length) {
            const key = keys[i];
            // The previous key walked is keys[i - 1] or a key of the block just skipped: either way, the rows it left
            // are valid for this key up to lcp[i] (the block shares more than that with keys[i - 1]).
            let depth = Math.min(pathDepth, this.lcp[i]);
            let pruned = false;
            while (depth < key.length) {
                const d = depth + 1;
                if (d > depthLimit) {
                    pruned = true;
                    break;
                }
                const code = key.charCodeAt(depth);
                const lo = Math.max(0, d - max);
                const hi = Math.min(m, d + max);
                let rowMin = inf;
                if (lo > 0)
                    rows[at(d, lo - 1)] = inf;
                for (let j = lo; j <= hi; j++) {
                    let value;
                    if (j === 0)
                        value = d;
                    else {
                        value = rows[at(depth, j - 1)] + (query.charCodeAt(j - 1) === code ? 0 : 1);
                        const del = rows[at(depth, j)] + 1;
                        const ins = rows[at(d, j - 1)] + 1;
                        if (del < value)
                            value = del;
                        if (ins < value)
                            value = ins;
                        if (value > inf)
                            value = inf;
                    }
                    rows[at(d, j)] = value;
                    if (value < rowMin)
                        rowMin = value;
                }
                if (hi + 1 <= m)
                    rows[at(d, hi + 1)] = inf;
                depth = d;
                if (rowMin > max) {
                    pruned = true;
                    break;
                }
            }
            pathDepth = depth;
            if (!pruned) {
                if (Math.abs(key.length - m) <= max) {
                    const value = rows[at(key.length, m)];
                    if (value <= max)
                        found.set(key, value);
                }
                i++;
                continue;
            }
            // No key below this prefix can come within `max`: skip the block of keys that start with it.
            i = this.skipBlock(i, depth);
        }
    }
}
const HASH_BASE = 0x01000193;
let prefixHash = new Uint32Array(64);
let suffixHash = new Uint32Array(64);
let powers = new Uint32Array(64);
/**
 * Calls `visit` with the hash of the string and of every string made by deleting one of its characters, from
 * prefix and suffix hashes (no string is built). Equal strings hash equal; a collision only adds a candidate that
 * `distance` then rejects.
 */
function forEachDeletionHash(text, visit) {
    const n = text.length;
    if (n + 1 > prefixHash.length) {
        prefixHash = new Uint32Array(2 * (n + 1));
        suffixHash = new Uint32Array(2 * (n + 1));
        powers = new Uint32Array(2 * (n + 1));
    }
    prefixHash[0] = 0;
    powers[0] = 1;
    for (let i = 0; i < n; i++) {
        prefixHash[i + 1] = (Math.imul(prefixHash[i], HASH_BASE) + text.charCodeAt(i) + 1) >>> 0;
        powers[i + 1] = Math.imul(powers[i], HASH_BASE) >>> 0;
    }
    suffixHash[n] = 0;
    for (let i = n - 1; i >= 0; i--)
        suffixHash[i] = (Math.imul(text.charCodeAt(i) + 1, powers[n - 1 - i]) + suffixHash[i + 1]) >>> 0;
    // Kept to 30 bits, so that V8 stores the map keys as small integers.
    visit((prefixHash[n] ^ Math.imul(n + 1, 0x9e3779b1)) & 0x3fffffff);
    const shorter = Math.imul(n, 0x9e3779b1);
    for (let i = 0; i < n; i++) {
        if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1))
            continue; // deleting either of a doubled character gives the same
        visit(((Math.imul(prefixHash[i], powers[n - 1 - i]) + suffixHash[i + 1]) ^ shorter) & 0x3fffffff);
    }
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/operator-groups.js







const GROUPS_CONSOLE = 'Administration > Access management > Operator groups';
const NO_RESTART = 'Operator groups and product profiles need no Campaign server restart.';
/** Whether `name` belongs to `prefix` rather than to a longer prefix of another instance that also matches. */
function ownedBy(name, prefix, prefixes) {
    return name.startsWith(prefix) && !prefixes.some((other) => other.length > prefix.length && other.startsWith(prefix) && name.startsWith(other));
}
function mappedInstances(model, extraGroups) {
    const withPrefix = model.instances.flatMap((instance) => {
        const prefix = usablePrefix(instanceMask(instance));
        return prefix === undefined ? [] : [{ instance, prefix }];
    });
    const prefixes = withPrefix.map(({ prefix }) => prefix);
    return withPrefix.map(({ instance, prefix }) => {
        const all = dashboardNames(instance.dashboards);
        const names = new Map([...all].filter(([name]) => ownedBy(name, prefix, prefixes)));
        const mapped = { instance, prefix, names };
        // A mask that fits no name is IMS004's finding; groups that are not versioned here cannot be judged.
        if (instance.groups.length > 0 && all.size > 0 && checkPrefix(prefix, [...all.keys()], prefixes).ok)
            mapped.known = knownOperatorGroups(model, instance, extraGroups);
        return mapped;
    });
}
/**
 * An Enterprise Dashboard name that maps to no group, reported at its CSV cell. `misspeltFor`: an existing group
 * that another name already maps to and that this name nearly spells, so this name is probably misspelt.
 */
function reportMissing(context, mapped, failing, misspeltFor) {
    const { instance, prefix } = mapped;
    const hint = misspeltFor ? `; did you mean ${quote(prefix + misspeltFor.name.value)}?` : '';
    const fix = misspeltFor
        ? `Rename the Admin Console product profile ${quote(failing.name)} to ${quote(prefix + misspeltFor.name.value)} (or move its users to that profile), or create an operator group with internal name ${quote(failing.internalName)} in instance "${instance.name}" (${GROUPS_CONSOLE}).`
        : `Create the operator group with internal name ${quote(failing.internalName)} in instance "${instance.name}" (${GROUPS_CONSOLE}) and export it into the repository, or rename or remove the Admin Console product profile ${quote(failing.name)} so that it is the mask prefix ${quote(prefix)} followed by an existing operator group's internal name.`;
    context.report({
        loc: failing.cell.loc,
        message: `Enterprise Dashboard group ${quote(failing.name)} expects an operator group ${quote(failing.internalName)} in instance ${quote(instance.name)}; none exists (mask prefix ${quote(prefix)} + operator group internal name)${hint}`,
        instance: instance.name,
        field: 'operatorGroup',
        value: failing.name,
        related: misspeltFor ? [relatedAt(misspeltFor.name.loc, `operator group ${quote(misspeltFor.name.value)}`)] : undefined,
        remediation: `${fix} ${NO_RESTART}`,
    });
}
/** A group that no Enterprise Dashboard name maps to any more, and that a failing name nearly spells: renamed. */
function reportRenamed(context, mapped, failing, group) {
    const { instance, prefix } = mapped;
    const why = 'it was renamed?';
    const fix = `Set the internal name of the operator group ${quote(group.name.value)} back to ${quote(failing.internalName)} (${GROUPS_CONSOLE}), or rename the Admin Console product profile to ${quote(prefix + group.name.value)}.`;
    context.report({
        loc: group.name.loc,
        message: `operator group ${quote(group.name.value)} does not match Enterprise Dashboard group ${quote(failing.name)}: expected internal name ${quote(failing.internalName)}; ${why} (instance ${quote(instance.name)}, mask prefix ${quote(prefix)})`,
        instance: instance.name,
        field: 'operatorGroup',
        value: failing.name,
        related: [relatedAt(failing.cell.loc, `Enterprise Dashboard group ${quote(failing.name)}`)],
        remediation: `${fix} ${NO_RESTART}`,
    });
}
function reportWhitespace(context, mapped, failing, issues) {
    const { instance, prefix } = mapped;
    const cleaned = cleanWhitespace(failing.internalName);
    const exists = cleaned !== '' && mapped.known?.has(cleaned);
    const expected = exists ? `; expected ${quote(prefix + cleaned)}` : `; no operator group ${quote(failing.internalName)} exists in instance ${quote(instance.name)}`;
    context.report({
        loc: failing.cell.loc,
        message: `Enterprise Dashboard group ${quote(failing.name)} has ${issues} after the mask prefix ${quote(prefix)}${expected}`,
        instance: instance.name,
        field: 'operatorGroup',
        value: failing.name,
        remediation: `Rename the Admin Console product profile ${quote(failing.name)} to ${quote(prefix + (cleaned || '<operator group internal name>'))}: the mask prefix followed by the operator group's internal name, without stray white space. ${NO_RESTART}`,
    });
}
function checkInstance(context, mapped, known) {
    const { instance, prefix } = mapped;
    const matched = new Set();
    const failing = [];
    for (const [name, cell] of mapped.names) {
        const internalName = name.slice(prefix.length);
        if (known.has(internalName))
            matched.add(internalName);
        else
            failing.push({ name, cell, internalName });
    }
    if (failing.length === 0)
        return;
    // Candidates for "renamed": the instance's own groups (one record per internal name). A group that another
    // Enterprise Dashboard name still maps to was not renamed: a name that nearly spells it is the one misspelt.
    const own = new Map();
    for (const group of instance.groups)
        if (!own.has(group.name.value))
            own.set(group.name.value, group);
    const index = new NearMissIndex(own.values(), (group) => group.name.value);
    const unmatchedFirst = (groups) => [
        ...groups.filter((group) => !matched.has(group.name.value)),
        ...groups.filter((group) => matched.has(group.name.value)),
    ];
    const nearest = [];
    for (const entry of failing) {
        const issues = strayWhitespace(entry.internalName, { offset: prefix.length });
        if (issues.length > 0 || entry.internalName === '') {
            reportWhitespace(context, mapped, entry, entry.internalName === '' ? 'no operator group name' : joinIssues(issues));
            continue;
        }
        const level = index.size > 0 ? index.nearestLevel(entry.internalName) : [];
        nearest.push({ failing: entry, level: unmatchedFirst(level.map((match) => match.item)), distance: level[0]?.distance ?? Infinity });
    }
    // Each group is blamed for one Enterprise Dashboard name at most: the nearest names claim their groups first;
    // a name whose nearest groups are all claimed looks further, up to the distance limit.
    const taken = new Set();
    const order = nearest.map((_, i) => i).sort((a, b) => nearest[a].distance - nearest[b].distance || a - b);
    for (const i of order) {
        const { failing: entry, level, distance } = nearest[i];
        let group = level.find((candidate) => !taken.has(candidate));
        if (!group && distance < index.maxDistance)
            group = index.within(entry.internalName).find((match) => !taken.has(match.item))?.item;
        if (group && !matched.has(group.name.value)) {
            taken.add(group);
            reportRenamed(context, mapped, entry, group);
        }
        else
            reportMissing(context, mapped, entry, group);
    }
}
/** Users whose Campaign profiles (names of some instance's mask) all map to no operator group. */
function checkUsers(context, all, exported) {
    const visible = all.filter((mapped) => mapped.instance.dashboards.includes(exported)).sort((a, b) => b.prefix.length - a.prefix.length);
    if (visible.length === 0 || !visible.some((mapped) => mapped.known))
        return;
    for (const user of exported.users) {
        const profiles = [];
        let judgeable = true;
        let mapsToGroup = false;
        for (const group of user.groups) {
            const mapped = visible.find((candidate) => group.value.startsWith(candidate.prefix));
            if (!mapped)
                continue;
            profiles.push(group.value);
            if (!mapped.known)
                judgeable = false;
            else if (mapped.known.has(group.value.slice(mapped.prefix.length)))
                mapsToGroup = true;
            if (mapsToGroup || !judgeable)
                break;
        }
        if (profiles.length === 0 || !judgeable || mapsToGroup)
            continue;
        const listed = profiles.slice(0, 3).map((profile) => quote(profile)).join(', ') + (profiles.length > 3 ? ` and ${profiles.length - 3} more` : '');
        context.report({
            loc: user.loc,
            severity: 'warning',
            message: `user ${quote(userLabel(user))} cannot log in to Campaign: none of their Campaign profiles (${listed}) maps to an existing operator group ("Login does not have any right matching the expression")`,
            field: 'user',
            value: `${exported.file}\u0000${user.email ?? user.username ?? profiles.join(',')}`,
            remediation: `Give the user an Admin Console product profile named after the mask prefix and the internal name of an existing operator group, or create the operator groups these profiles name (${GROUPS_CONSOLE}). ${NO_RESTART}`,
        });
    }
}
const operatorGroupsRule = {
    id: 'IMS005',
    check(context) {
        const all = mappedInstances(context.model, context.config.operatorGroups);
        for (const mapped of all)
            if (mapped.known)
                checkInstance(context, mapped, mapped.known);
        for (const exported of context.model.dashboards)
            checkUsers(context, all, exported);
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/scopes.js
// IMS scopes as Campaign and IMS write them: one string with the names separated by commas and/or white space.
/** The scope names of a scope field (`openid,AdobeID read_organizations`), in order, without duplicates. */
function splitScopes(value) {
    return [...new Set(value.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/scope-subset.js





/** The instance's manifests that list scopes, with the scope names they provision. */
function provisioned(manifests) {
    return manifests.flatMap((manifest) => (manifest.scopes ? [{ manifest, scopes: manifest.scopes }] : []));
}
const scopeSubsetRule = {
    id: 'IMS006',
    check(context) {
        for (const instance of context.model.instances) {
            const sources = provisioned(instance.manifests);
            if (sources.length === 0)
                continue;
            const allowed = new Set(sources.flatMap(({ scopes }) => scopes.value.flatMap((scope) => splitScopes(scope.value))));
            const expected = allowed.size > 0 ? [...allowed].join(', ') : 'none';
            const first = sources[0];
            for (const { value } of fieldValues(primaryAccountRecords(instance), 'scope')) {
                for (const scope of splitScopes(value.value)) {
                    if (allowed.has(scope))
                        continue;
                    const sameButCase = [...allowed].find((candidate) => candidate.toLowerCase() === scope.toLowerCase());
                    const hint = sameButCase ? `; did you mean ${quote(sameButCase)}? (IMS scopes are case-sensitive)` : '';
                    context.report({
                        loc: value.loc,
                        message: `scope ${quote(scope)} of the IMS account in instance "${instance.name}" is not provisioned by IMS: ` +
                            `expected a subset of the manifest's scopes (${expected})${hint}. Users cannot reach the Adobe ID login page`,
                        instance: instance.name,
                        field: 'scope',
                        value: scope,
                        related: [relatedAt(first.scopes.loc, 'scopes provisioned by IMS')],
                        remediation: `Remove ${quote(scope)} from the IMS scope field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${instance.name}` +
                            `${sameButCase ? ` (or write it ${quote(sameButCase)})` : ''}, or have IMS provision it and add it to \`scopes\` in ${first.manifest.file}. ` +
                            restartHint(instance.name),
                    });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/redirect-pattern.js
// Redirect URI allowlist entries written as patterns (manifest `redirectUris`), matched without compiling them as
// regular expressions: a user-written regex can backtrack for minutes (`(a+)+` on a 40-character host).
//
// Two ways of writing a pattern, both anchored at both ends and case-insensitive:
// - regex style, as the Adobe Developer Console's "Redirect URI pattern" (`https://prod\.campaign\.example\.com/.*`),
//   recognised by a `.*` or `\.` in the entry. Supported: literal characters, a backslash before punctuation
//   (`\.`, `\/`, `\-`, `\?` …) for that character, `.` for any one character, `.*` for any run of characters and
//   `.+` for a non-empty one (a lazy `.*?` / `.+?` means the same for a whole-URL match), and `^` / `$` at the
//   ends (the match is anchored anyway). Anything else (groups, classes, `|`, other quantifiers, `\d` …) is
//   refused with the reason, so that the entry is reported rather than silently misread.
// - wildcard style, any other entry with a `*`: `*` matches any run of characters within the host
//   (`https://*.campaign.example.com`), or any run at all after the host (`https://x.example.com/*`); every other
//   character is literal.
//
// Matching is a bit-parallel simulation of the pattern's automaton (Shift-And): one pass over the candidate,
// ceil(tokens / 32) word operations per character. Patterns are capped at MAX_PATTERN_LENGTH characters, so the
// cost is linear in the length of the candidate URL.
/** Longest pattern accepted, in characters: far above any real redirect URI pattern, and bounds the matcher. */
const MAX_PATTERN_LENGTH = 2048;
/** What the regex style accepts, in words, for messages. */
const SUPPORTED_SYNTAX = 'supported are literal characters, a backslash before punctuation (\\. \\/ \\- \\?), . for any character, .* and .+ for any run of characters, and ^ and $ at the ends; or, without .* and \\., * wildcards';
/** How an allowlist entry is matched: as an origin (plain), as a pattern, or not at all (unsupported syntax). */
function redirectPattern(entry) {
    const text = entry.trim();
    const regexStyle = text.includes('.*') || text.includes('\\.');
    if (!regexStyle && !text.includes('*'))
        return { kind: 'plain' };
    if (text.length > MAX_PATTERN_LENGTH)
        return { kind: 'unsupported', reason: `it is ${text.length} characters long; at most ${MAX_PATTERN_LENGTH} are supported` };
    // Validated as written (for the message), tokenised lower-cased, as the candidate is: the same case folding.
    const problem = regexStyle ? regexTokens(text) : [];
    if (typeof problem === 'string')
        return { kind: 'unsupported', reason: problem };
    const lower = text.toLowerCase();
    const tokens = regexStyle ? regexTokens(lower) : wildcardTokens(lower);
    if (typeof tokens === 'string')
        return { kind: 'unsupported', reason: tokens };
    const automaton = compile(tokens);
    return { kind: 'pattern', matches: (candidate) => automaton(candidate.toLowerCase()) };
}
/** The tokens of a regex-style pattern, or why it is not supported. */
function regexTokens(text) {
    const tokens = [];
    const start = text.startsWith('^') ? 1 : 0;
    const end = text.endsWith('$') && !isEscaped(text, text.length - 1) ? text.length - 1 : text.length;
    for (let i = start; i < end; i++) {
        const char = text[i];
        if (char === '\\') {
            const next = text[i + 1];
            if (i + 1 >= end)
                return `it ends with a lone backslash; ${SUPPORTED_SYNTAX}`;
            if (/[\p{L}\p{N}]/u.test(next))
                return `it uses ${JSON.stringify(`\\${next}`)} at character ${i + 1}; ${SUPPORTED_SYNTAX}`;
            tokens.push({ kind: 'char', char: next });
            i++;
        }
        else if (char === '.') {
            const quantifier = text[i + 1];
            if (i + 1 < end && (quantifier === '*' || quantifier === '+')) {
                if (quantifier === '+')
                    tokens.push({ kind: 'any' });
                tokens.push({ kind: 'star', crossesSlash: true });
                i++;
                if (i + 1 < end && text[i + 1] === '?')
                    i++; // lazy: the same set of whole-string matches
            }
            else {
                tokens.push({ kind: 'any' });
            }
        }
        else if ('()[]{}|?*+^$'.includes(char)) {
            return `it uses ${JSON.stringify(char)} at character ${i + 1}; ${SUPPORTED_SYNTAX}`;
        }
        else {
            tokens.push({ kind: 'char', char });
        }
    }
    return tokens;
}
/** Whether the character at `index` follows an odd number of backslashes. */
function isEscaped(text, index) {
    let count = 0;
    for (let i = index - 1; i >= 0 && text[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
/** The tokens of a wildcard-style pattern: `*` stays within the host up to the first `/` after the scheme. */
function wildcardTokens(text) {
    const schemeEnd = text.indexOf('://');
    const authorityEnd = text.indexOf('/', schemeEnd === -1 ? 0 : schemeEnd + 3);
    return text.split('').map((char, i) => char === '*' ? { kind: 'star', crossesSlash: authorityEnd !== -1 && i > authorityEnd } : { kind: 'char', char });
}
/** Consecutive stars as one: `**` is `*`, and a star that crosses `/` absorbs one that does not. */
function mergeStars(tokens) {
    const merged = [];
    for (const token of tokens) {
        const last = merged[merged.length - 1];
        if (token.kind === 'star' && last?.kind === 'star')
            merged[merged.length - 1] = { kind: 'star', crossesSlash: last.crossesSlash || token.crossesSlash };
        else
            merged.push(token);
    }
    return merged;
}
/**
 * A Shift-And matcher. Bit j of the state set means "the first j tokens match the text read so far". On each
 * character, the bits of char/any tokens that accept it move up by one; star bits that accept it stay; then every
 * star bit also sets the bit above it (a star may match nothing). No two stars are adjacent after merging, so one
 * closure step is enough.
 */
function compile(input) {
    const tokens = mergeStars(input);
    const states = tokens.length + 1;
    const words = Math.ceil(states / 32);
    const mask = (test) => {
        const bits = new Uint32Array(words);
        tokens.forEach((token, j) => {
            if (test(token))
                bits[j >>> 5] |= 1 << (j & 31);
        });
        return bits;
    };
    const starBits = mask((token) => token.kind === 'star');
    /** Tokens that accept a character not written in the pattern, other than `/`. */
    const otherBits = mask((token) => token.kind === 'any' || token.kind === 'star');
    const slashBits = mask((token) => token.kind === 'any' || (token.kind === 'star' && token.crossesSlash) || (token.kind === 'char' && token.char === '/'));
    const byChar = new Map();
    for (const token of tokens) {
        if (token.kind !== 'char' || token.char === '/' || byChar.has(token.char))
            continue;
        const char = token.char;
        byChar.set(char, mask((t) => t.kind === 'any' || t.kind === 'star' || (t.kind === 'char' && t.char === char)));
    }
    const acceptBit = tokens.length;
    const closure = (set) => {
        let carry = 0;
        for (let w = 0; w < words; w++) {
            const stars = set[w] & starBits[w];
            const value = set[w] | (stars << 1) | carry;
            carry = stars >>> 31;
            set[w] = value;
        }
    };
    return (text) => {
        let current = new Uint32Array(words);
        let next = new Uint32Array(words);
        current[0] = 1;
        closure(current);
        for (let i = 0; i < text.length; i++) {
            const char = text[i];
            const accepts = char === '/' ? slashBits : (byChar.get(char) ?? otherBits);
            let carry = 0;
            let alive = 0;
            for (let w = 0; w < words; w++) {
                const live = current[w] & accepts[w];
                const stars = live & starBits[w];
                const moving = live & ~starBits[w];
                next[w] = stars | (moving << 1) | carry;
                carry = moving >>> 31;
                alive |= next[w];
            }
            if (alive === 0)
                return false;
            closure(next);
            [current, next] = [next, current];
        }
        return (current[acceptBit >>> 5] & (1 << (acceptBit & 31))) !== 0;
    };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/allowlist.js



const allowlist_compiled = new WeakMap();
/** The instance's allowlist; undefined when none of its manifests has `redirectUris`. */
function allowlistOf(instance) {
    if (allowlist_compiled.has(instance))
        return allowlist_compiled.get(instance);
    const lists = instance.manifests.flatMap((manifest) => (manifest.redirectUris ? [manifest.redirectUris.value] : []));
    let allowlist;
    if (lists.length > 0) {
        allowlist = { origins: new Set(), hosts: new Set(), patterns: [] };
        for (const { value: entry } of lists.flat()) {
            const pattern = redirectPattern(entry);
            if (pattern.kind === 'pattern')
                allowlist.patterns.push(pattern.matches);
            if (pattern.kind !== 'plain')
                continue; // an unsupported pattern matches nothing (IMS007 reports it)
            const url = parseUrl(entry);
            if (!url)
                continue;
            allowlist.origins.add(originOf(url));
            allowlist.hosts.add(hostKey(url));
        }
    }
    allowlist_compiled.set(instance, allowlist);
    return allowlist;
}
/**
 * Whether the callback is on the instance's allowlist; undefined when it has none. An https callback must match
 * an entry's origin; any other is compared by host and port (its scheme is reported on its own), and tried on
 * patterns as https and as written.
 */
function allowlistAllows(instance, url, https) {
    const allowlist = allowlistOf(instance);
    if (!allowlist)
        return undefined;
    if (https ? allowlist.origins.has(originOf(url)) : allowlist.hosts.has(hostKey(url)))
        return true;
    const schemes = https ? ['https'] : [...new Set(['https', url.scheme ?? 'https'])];
    return schemes.some((scheme) => patternCandidates(url, scheme).some((candidate) => allowlist.patterns.some((matches) => matches(candidate))));
}
/** The first few entries, quoted, for a message: `"a", "b", "c" and 12 more`; `none` when there is none. */
function describeEntries(entries, shown = 5) {
    if (entries.length === 0)
        return 'none';
    const quoted = entries.slice(0, shown).map((entry) => quote(entry)).join(', ');
    return entries.length > shown ? `${quoted} and ${entries.length - shown} more` : quoted;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/callback-url.js








const SYMPTOM = 'IMS refuses the callback and users are redirected to an adobe.com page';
/** Whether the URL is on one of the instance's redirectUris allowlists; undefined when it has none. */
function onAllowlist(instance, callback) {
    return allowlistAllows(instance, callback.url, callback.https);
}
const ALIASES = [
    ['prod', 'production', 'prd', 'live'],
    ['stage', 'staging', 'stg'],
    ['preprod', 'pre-prod', 'preproduction'],
    ['dev', 'development'],
    ['test', 'tst'],
    ['uat'],
    ['qa'],
];
/** Whether a host names the instance as a token (`stage.campaign.example.com`, `campaign-prod.example.com`). */
function hostNamesInstance(host, name) {
    const lower = name.toLowerCase();
    const names = ALIASES.find((group) => group.includes(lower)) ?? [lower];
    return names.some((alias) => hostHasToken(host, alias));
}
/** The instance's configured url, parsed. */
function configuredUrl(instance) {
    return instance.url ? parseUrl(instance.url) : undefined;
}
/**
 * Which of two instances sharing a callback host owns it: by configured url, then by allowlist, then by the
 * instance name in the host. Undefined when the evidence does not single one out.
 */
function owner(callback, a, b) {
    const key = hostKey(callback.url);
    const byUrl = (instance) => {
        const url = configuredUrl(instance);
        return url !== undefined && hostKey(url) === key;
    };
    const tests = [byUrl, (instance) => onAllowlist(instance, callback) === true, (instance) => hostNamesInstance(callback.url.host, instance.name)];
    for (const test of tests) {
        const [ownsA, ownsB] = [test(a), test(b)];
        if (ownsA !== ownsB)
            return ownsA ? a : b;
    }
    return undefined;
}
function remediation(instance, what) {
    return `${what} Edit the Callback server field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${instance}; the value must also be on the redirect URI allowlist of the IMS client (the manifest's \`redirectUris\`). ${restartHint(instance)}`;
}
function checkScheme(context, callback) {
    if (callback.https)
        return;
    const { instance, value, url } = callback;
    const problem = url.scheme === undefined ? 'has no scheme' : `uses ${quote(`${url.scheme}://`)}`;
    context.report({
        loc: value.loc,
        message: `callback server ${quote(url.raw)} of instance "${instance.name}" ${problem}; it must start with https:// (${SYMPTOM})`,
        instance: instance.name,
        field: 'callbackServer',
        value: `scheme ${url.raw}`,
        remediation: remediation(instance.name, `Set the callback server to "https://${hostKey(url)}".`),
    });
}
function checkAllowlist(context, callback) {
    const { instance, value, url } = callback;
    if (onAllowlist(instance, callback) !== false)
        return;
    const manifest = instance.manifests.find((candidate) => candidate.redirectUris);
    const entries = instance.manifests.flatMap((candidate) => candidate.redirectUris?.value.map((entry) => entry.value) ?? []);
    context.report({
        loc: value.loc,
        message: `callback server ${quote(url.raw)} of instance "${instance.name}" is not on the IMS redirect URI allowlist: ` +
            `expected an origin or pattern among the manifest's redirectUris (${describeEntries(entries)}) (${SYMPTOM})`,
        instance: instance.name,
        field: 'callbackServer',
        value: `allowlist ${hostKey(url)}`,
        related: manifest?.redirectUris ? [relatedAt(manifest.redirectUris.loc, 'the redirect URI allowlist provisioned by IMS')] : undefined,
        remediation: remediation(instance.name, `Point the callback server at this instance's own https URL, or, if it is right, have it added to the IMS client's redirect URIs and to \`redirectUris\` in ${manifest?.file ?? 'the manifest'}.`),
    });
}
function checkOwnUrl(context, callback) {
    const { instance, value, url } = callback;
    const own = configuredUrl(instance);
    if (!own || own.host === url.host)
        return;
    context.report({
        loc: value.loc,
        message: `callback server ${quote(url.raw)} of instance "${instance.name}" must be on the host ${quote(own.host)} of the instance's url (instances.${instance.name}.url in the config) (${SYMPTOM})`,
        instance: instance.name,
        field: 'callbackServer',
        value: `url ${url.host}`,
        remediation: remediation(instance.name, `Set the callback server to "https://${own.host}".`),
    });
}
/** The callbacks by instance and host key (the first of each), built once per list: a search per pair was quadratic. */
const callbackIndex = new WeakMap();
function firstCallbackAt(callbacks, instance, key) {
    let index = callbackIndex.get(callbacks);
    if (!index) {
        index = new Map();
        for (const candidate of callbacks) {
            const byKey = index.get(candidate.instance) ?? new Map();
            index.set(candidate.instance, byKey);
            const candidateKey = hostKey(candidate.url);
            if (!byKey.has(candidateKey))
                byKey.set(candidateKey, candidate);
        }
        callbackIndex.set(callbacks, index);
    }
    return index.get(instance)?.get(key);
}
function checkOtherInstances(context, callback, callbacks, config) {
    const { instance, value, url } = callback;
    if (!isNamedInstance(instance, config))
        return;
    const key = hostKey(url);
    for (const other of context.model.instances) {
        if (other === instance || !isNamedInstance(other, config))
            continue;
        const otherUrl = configuredUrl(other);
        const ownUrl = configuredUrl(instance);
        const isOtherUrl = otherUrl !== undefined && hostKey(otherUrl) === key && !(ownUrl !== undefined && hostKey(ownUrl) === key);
        const shared = firstCallbackAt(callbacks, other, key);
        if (!isOtherUrl && !(shared && owner(callback, instance, other) !== instance))
            continue;
        const what = isOtherUrl ? `the url of instance "${other.name}" (instances.${other.name}.url in the config)` : `the callback server of instance "${other.name}"`;
        context.report({
            loc: value.loc,
            message: `callback server ${quote(url.raw)} of instance "${instance.name}" is ${what}: each instance must call back to its own URL, or IMS sends the users of "${instance.name}" to "${other.name}"`,
            instance: instance.name,
            field: 'callbackServer',
            value: `instance ${other.name} ${key}`,
            related: shared ? [relatedAt(shared.value.loc, `callback server of instance "${other.name}"`)] : undefined,
            remediation: remediation(instance.name, `Set the callback server of instance ${instance.name} to its own https URL, not the one of instance ${other.name}.`),
        });
    }
}
function collect(instances, context) {
    const callbacks = [];
    for (const instance of instances) {
        for (const { value } of fieldValues(primaryAccountRecords(instance), 'callbackServer')) {
            if (value.value.trim() === '')
                continue;
            const url = parseUrl(value.value);
            if (!url) {
                context.report({
                    loc: value.loc,
                    message: `callback server ${quote(value.value)} of instance "${instance.name}" is not a URL; expected https://<host of instance ${instance.name}> (${SYMPTOM})`,
                    instance: instance.name,
                    field: 'callbackServer',
                    value: `invalid ${value.value.trim()}`,
                    remediation: remediation(instance.name, 'Set the callback server to the https URL of the instance.'),
                });
                continue;
            }
            callbacks.push({ instance, value, url, https: url.scheme === 'https' });
        }
    }
    return callbacks;
}
/** Allowlist entries whose pattern syntax is not supported: reported at the entry, as they match no callback. */
function checkPatterns(context) {
    for (const instance of context.model.instances) {
        for (const manifest of instance.manifests) {
            for (const entry of manifest.redirectUris?.value ?? []) {
                const pattern = redirectPattern(entry.value);
                if (pattern.kind !== 'unsupported')
                    continue;
                context.report({
                    loc: entry.loc,
                    message: `redirect URI pattern ${quote(entry.value)} of instance "${instance.name}" cannot be checked: ${pattern.reason}; no callback server matches it`,
                    instance: instance.name,
                    field: 'redirectUris',
                    value: `pattern ${entry.value}`,
                    remediation: `Write the entry in \`redirectUris\` of ${manifest.file} as an origin (https://host), with * wildcards, or with the regular-expression subset of the Adobe Developer Console (https://prod\\.campaign\\.example\\.com/.*).`,
                });
            }
        }
    }
}
/** Checks in order of how specific their remediation is: the most specific fix is the one given. */
const CHECKS = ['url', 'other', 'allowlist', 'scheme'];
/**
 * One finding per callback attribute: every failed check is named in it, so that a line carries one IMS007
 * finding whatever the number of reasons, and the fix given is the most specific one.
 */
function merge(found) {
    const ordered = [...found].sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check));
    const suffix = ` (${SYMPTOM})`;
    const reasons = found.map(({ diagnostic }, index) => {
        const message = diagnostic.message.endsWith(suffix) ? diagnostic.message.slice(0, -suffix.length) : diagnostic.message;
        return index === 0 ? message : message.replace(/^callback server "[^"]*" of instance "[^"]*" /, 'it ');
    });
    const related = found.flatMap(({ diagnostic }) => diagnostic.related ?? []);
    return {
        ...ordered[0].diagnostic,
        message: `${reasons.join('; also, ')}${suffix}`,
        value: found.map(({ diagnostic }) => diagnostic.value).join(' | '),
        related: related.length > 0 ? related : undefined,
    };
}
const callbackUrlRule = {
    id: 'IMS007',
    check(context) {
        checkPatterns(context);
        const callbacks = collect(context.model.instances, context);
        for (const callback of callbacks) {
            const found = [];
            const collecting = (check) => ({ ...context, report: (diagnostic) => found.push({ check, diagnostic }) });
            checkScheme(collecting('scheme'), callback);
            checkAllowlist(collecting('allowlist'), callback);
            checkOwnUrl(collecting('url'), callback);
            checkOtherInstances(collecting('other'), callback, callbacks, context.config);
            if (found.length > 0)
                context.report(merge(found));
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/client-id.js





function client_id_checkManifest(context, instance, manifest) {
    const provisioned = manifest.clientId;
    if (!provisioned || provisioned.value.trim() === '')
        return;
    const records = primaryAccountRecords(instance);
    if (records.length === 0)
        return; // a missing account is IMS001's
    const related = [relatedAt(provisioned.loc, `clientId provisioned for instance "${instance.name}" in ${manifest.file}`)];
    const expected = provisioned.value;
    const consoleFix = `Set the IMS client identifier of ${IMS_ACCOUNT_CONSOLE_PATH} to the client ID provisioned by IMS (\`clientId\` in ${manifest.file}), and the same value in its package. ${restartHint(instance.name)}`;
    const values = fieldValues(records, 'clientId');
    if (values.length === 0) {
        // Records of one account may be split over packages; only when none sets the client ID is it missing.
        context.report({
            loc: records[0].loc,
            message: `IMS external account of instance "${instance.name}" has no IMS client identifier: expected ${quote(expected)}, the clientId provisioned by IMS`,
            instance: instance.name,
            field: 'clientId',
            value: '(missing)',
            related,
            remediation: consoleFix,
        });
        return;
    }
    for (const { value } of values) {
        if (value.value === expected)
            continue;
        if (withoutWhiteSpace(value.value) === withoutWhiteSpace(expected)) {
            const where = hasWhiteSpace(value.value) ? 'the account value' : 'the manifest value';
            context.report({
                loc: value.loc,
                message: `IMS client identifier ${quote(value.value)} of instance "${instance.name}" differs from the provisioned clientId ${quote(expected)} only by stray white space (in ${where}): remove it`,
                instance: instance.name,
                field: 'clientId',
                value: value.value,
                related,
                remediation: hasWhiteSpace(value.value) ? consoleFix : `Remove the white space from \`clientId\` in ${manifest.file} so that it is exactly the client ID provisioned by IMS.`,
            });
            continue;
        }
        context.report({
            loc: value.loc,
            message: `IMS client identifier ${quote(value.value)} of instance "${instance.name}" must equal the clientId provisioned by IMS, ${quote(expected)}`,
            instance: instance.name,
            field: 'clientId',
            value: value.value,
            related,
            remediation: consoleFix,
        });
    }
}
const clientIdRule = {
    id: 'IMS008',
    check(context) {
        for (const instance of context.model.instances) {
            for (const manifest of instance.manifests)
                client_id_checkManifest(context, instance, manifest);
        }
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/util/secrets.js
// Secrets kept in the repository: how Campaign stores them, and how a supplied secret is compared with a hash.
// Nothing here returns or formats a secret value.

/** A Campaign-encrypted value: `@` followed by base64 (AES), e.g. `@57QS5VHMb9BCsojLVrKI/Q==`. */
const ENCRYPTED_VALUE = /^@[A-Za-z0-9+/]+=*$/;
/** A stored secret is acceptable when it is empty or Campaign-encrypted; anything else (incl. `__PLAINTEXT__…`) is plaintext. */
function isPlaintextSecret(value) {
    const trimmed = value.trim();
    return trimmed !== '' && !ENCRYPTED_VALUE.test(trimmed);
}
/** serverConf `<ims>` attributes that hold secrets: every `authIMS*Secret` and `authIMSTAPrivateKey`. */
function isServerConfSecretAttribute(name) {
    return /^authIMS\w*Secret$/i.test(name) || /^authIMSTAPrivateKey$/i.test(name);
}
function sha256Hex(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** Whether a secret matches an expected SHA-256 hex digest (case-insensitive, optional `sha256:` prefix). A trailing newline from a file or variable is forgiven. */
function secretMatchesSha256(secret, expected) {
    const digest = expected.trim().replace(/^sha256:/i, '').toLowerCase();
    return [secret, secret.trim()].some((candidate) => sha256Hex(candidate) === digest);
}

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/client-secret.js



const EXPECTED = 'expected a Campaign-encrypted value ("@…") or no value';
const ROTATE = 'The secret is in the git history now: rotate it in the Adobe Developer Console (or have Adobe reissue it).';
function checkAccounts(context) {
    for (const instance of context.model.instances) {
        for (const account of instance.accounts) {
            const secret = account.fields.clientSecret;
            if (!secret || !isPlaintextSecret(secret.value))
                continue;
            context.report({
                loc: secret.loc,
                message: `client secret of the IMS account in instance "${instance.name}" is stored in plaintext; ${EXPECTED}`,
                instance: instance.name,
                field: 'clientSecret',
                value: 'clientSecret',
                remediation: `Remove the plaintext value from ${account.file} (packages do not export secrets; leave the attribute out) and enter the secret in the ` +
                    `IMS client secret field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${instance.name}, where Campaign stores it encrypted. ${ROTATE} ${restartHint(instance.name)}`,
            });
        }
    }
}
function checkServerConfs(context) {
    const seen = new Set();
    for (const instance of context.model.instances) {
        const named = isNamedInstance(instance, context.config);
        for (const conf of instance.serverConfs) {
            for (const [name, attribute] of Object.entries(conf.data.ims?.attrs ?? {})) {
                if (!isServerConfSecretAttribute(name) || !isPlaintextSecret(attribute.value))
                    continue;
                const key = `${conf.file}:${attribute.loc.line}:${attribute.loc.column}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                context.report({
                    loc: attribute.loc,
                    message: `${name} of <ims> in ${conf.file}${named ? ` (instance "${instance.name}")` : ''} is stored in plaintext; ${EXPECTED}`,
                    instance: instance.name,
                    field: name,
                    value: name,
                    remediation: `Remove the plaintext ${name} from ${conf.file} in git and set it on the server so that Campaign stores it encrypted ("@…"), ` +
                        `then commit the encrypted value or none. ${ROTATE} ${restartHint(named ? instance.name : undefined)}`,
                });
            }
        }
    }
}
/**
 * A supplied secret is one IMS client's: when it matches no manifest's hash, every hash is a mismatch; when it
 * matches one, only the other manifests of that same client ID are compared (another client has another secret).
 */
function checkSecretHash(context) {
    const secret = context.secrets.clientSecret;
    if (!secret)
        return;
    const manifests = context.model.instances.flatMap((instance) => instance.manifests.filter((manifest) => manifest.clientSecretSha256));
    const matching = manifests.filter((manifest) => secretMatchesSha256(secret, manifest.clientSecretSha256?.value ?? ''));
    const clientIds = new Set(matching.map((manifest) => manifest.clientId?.value.trim()));
    for (const manifest of manifests) {
        const expected = manifest.clientSecretSha256;
        if (!expected || matching.includes(manifest))
            continue;
        if (matching.length > 0 && !clientIds.has(manifest.clientId?.value.trim()))
            continue;
        context.report({
            loc: expected.loc,
            message: `the client secret supplied to ims-gate does not match clientSecretSha256 of the IMS manifest of instance "${manifest.instance}"; expected the SHA-256 (hex) of the secret provisioned by IMS`,
            instance: manifest.instance,
            field: 'clientSecretSha256',
            value: 'clientSecretSha256',
            remediation: `Check the secret entered in the IMS client secret field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${manifest.instance} against the one provisioned by IMS; ` +
                `if the secret was rotated, update clientSecretSha256 in ${manifest.file} (sha256 hex of the new secret) and supply the new secret (IMS_CLIENT_SECRET / client-secret input). ` +
                restartHint(manifest.instance),
        });
    }
}
const clientSecretRule = {
    id: 'IMS009',
    check(context) {
        checkAccounts(context);
        checkServerConfs(context);
        checkSecretHash(context);
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/restart-required.js
const restartRequiredRule = {
    id: 'IMS010',
    usesRestartDetection: true,
    check({ scan, report }) {
        for (const notice of scan.restartNotices)
            report(notice);
    },
};

;// CONCATENATED MODULE: ./.tmp/build/lib/rules/index.js











/** Every rule, in ID order: the order in which the pipeline runs them. */
const rules = [
    unreadableInputRule,
    singleImsAccountRule,
    productContextRule,
    imsServerRule,
    associationMaskRule,
    operatorGroupsRule,
    scopeSubsetRule,
    callbackUrlRule,
    clientIdRule,
    clientSecretRule,
    restartRequiredRule,
];

;// CONCATENATED MODULE: ./.tmp/build/lib/pipeline.js
// The one pipeline: discover → read → model → rules → findings → gate. Reporters run after it, on its Report.



















/** A problem with how ims-gate was called (exit code 2), as opposed to a finding in the repository. */
class UsageError extends Error {
}
function readAll(root, config) {
    const discovery = discover(root, config);
    // Files the config names are read as the kind it says, even where discovery does not look.
    const configured = configuredFiles(root, config);
    const discovered = new Set(discovery.files.map((file) => file.path));
    const files = [...discovery.files, ...configured.files.filter((file) => !discovered.has(file.path))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const loaded = loadCandidates(files, config.maxFileSizeBytes, sniffKind, configured.kinds);
    const results = loaded.candidates.map((candidate) => readFile(candidate.path, candidate.bytes, candidate.kind));
    const skipped = [...discovery.skipped, ...loaded.skipped];
    const notice = skippedFoldersNotice(root, discovery.skippedByDefault, sniffKind, new Set(configured.kinds.keys()));
    if (notice)
        skipped.push(notice);
    return { results, skipped, filesScanned: loaded.filesScanned, problems: configured.problems };
}
/** The model `scan` rules see where no file is read (`hosting: hosted`). */
function emptyModel() {
    return { instances: [], fallbackInstance: 'default', dashboards: [], suppressions: [], problems: [] };
}
/** The registered rules that run: those `explain` asked for, and with `hosting: hosted` only those about the scan itself. */
function selectRules(config, onlyRules) {
    const hosted = config.hosting === 'hosted';
    return rules.filter((rule) => (!onlyRules || onlyRules.includes(rule.id)) && (!hosted || rule.subject === 'scan'));
}
function runRules(selected, model, config, scan, options) {
    const findings = [];
    for (const rule of selected) {
        const meta = ruleMeta(rule.id);
        try {
            rule.check({
                model,
                config,
                meta,
                secrets: options.secrets ?? {},
                scan,
                report: (diagnostic) => findings.push(findingFrom(meta, diagnostic)),
            });
        }
        catch (error) {
            // A rule bug must not hide every other finding; it still blocks, since the check did not run.
            findings.push(problemFinding(ruleMeta('IMS000'), { loc: fileLoc(config.source ?? '.'), message: `rule ${rule.id} failed to run: ${error.message}` }));
        }
    }
    return findings;
}
const MIN_SCRUBBED_SECRET = 6;
/** Every secret the scan knows of: the runtime client secret and the plaintext secrets found in the repository. */
function secretValues(model, secrets) {
    const values = new Set();
    if (secrets?.clientSecret)
        values.add(secrets.clientSecret);
    // Plaintext only (encrypted "@…" values are safe to show), and long enough not to blank out ordinary words.
    const addPlaintext = (value) => {
        if (value !== undefined && value.trim().length >= MIN_SCRUBBED_SECRET && !value.startsWith('@'))
            values.add(value);
    };
    for (const instance of model?.instances ?? []) {
        for (const account of instance.accounts) {
            for (const [name, attr] of Object.entries(account.attrs))
                if (isSecretName(name))
                    addPlaintext(attr.value);
            addPlaintext(account.fields.clientSecret?.value);
        }
        for (const conf of instance.serverConfs) {
            for (const [name, attr] of Object.entries(conf.data.ims?.attrs ?? {}))
                if (isSecretName(name))
                    addPlaintext(attr.value);
        }
    }
    return [...values];
}
async function scan(options) {
    const root = (0,external_node_path_namespaceObject.resolve)(options.root);
    if (!(0,external_node_fs_namespaceObject.existsSync)(root) || !(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
        throw new UsageError(`scan root is not a folder: ${options.root}`);
    loadRuleMetadata();
    const inputRule = ruleMeta('IMS000');
    const { config, problems: configProblems } = loadConfig(root, options.configPath);
    const selected = selectRules(config, options.onlyRules);
    const facts = { configProblems, inputProblems: [], skipped: [], restartNotices: [] };
    let model;
    let restart = { required: false, instances: [], changes: [] };
    let filesScanned = 0;
    // With `hosting: hosted` no file is read (Adobe manages the IMS integration): only the rules about the scan run.
    if (config.hosting !== 'hosted') {
        const read = readAll(root, config);
        filesScanned = read.filesScanned;
        model = buildModel(read.results, config);
        facts.inputProblems = [...read.problems, ...model.problems];
        facts.skipped = read.skipped;
        if (selected.some((rule) => rule.usesRestartDetection)) {
            const outcome = detectRestart({
                root,
                baseRef: options.baseRef,
                log: options.log,
                config,
                headResults: read.results,
                headModel: model,
                buildModel: (results, baseConfig) => buildModel(results, baseConfig ?? config, model?.fallbackInstance),
            });
            restart = outcome.restart;
            facts.restartNotices = outcome.diagnostics;
        }
    }
    const findings = runRules(selected, model ?? emptyModel(), config, facts, options);
    // `explain` shows only the findings of the rules it asked for (a rule that failed to run is an IMS000).
    const shown = options.onlyRules ? findings.filter((finding) => options.onlyRules?.includes(finding.ruleId)) : findings;
    shown.sort(compareFindings);
    disambiguateFingerprints(shown);
    const baselinePath = options.baselinePath ? ((0,external_node_path_namespaceObject.isAbsolute)(options.baselinePath) ? options.baselinePath : (0,external_node_path_namespaceObject.resolve)(options.baselinePath)) : (0,external_node_path_namespaceObject.join)(root, DEFAULT_BASELINE_PATH);
    const baseline = options.noBaseline ? undefined : readBaseline(baselinePath);
    const gate = applyGate({
        findings: shown,
        suppressions: model?.suppressions ?? [],
        config,
        failOn: options.failOn,
        baseline,
        inputRule,
        knownRuleIds: new Set(loadRuleMetadata().keys()),
        filesScanned,
        restart,
        restartAck: options.restartAck,
    });
    const unscrubbed = {
        version: 1,
        tool: { name: 'ims-gate', version: toolVersion() },
        findings: gate.findings,
        suppressed: gate.suppressed,
        ...(baseline ? { fixed: gate.fixed } : {}),
        restart,
        stats: gate.stats,
        verdict: gate.verdict,
    };
    // Belt and braces: rules never quote a secret, but no message, wherever it came from, may carry one.
    const report = scrubReport(unscrubbed, secretValues(model, options.secrets));
    return { report, configInvalid: configProblems.length > 0, model };
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/md.js
// Shared pieces of the GitHub-flavoured Markdown reporters (PR comment, job summary, check-run output):
// escaping, locations and links, severity order, size budgets with an honest "N more" line, and the findings table
// of the job summary and the check run.

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Errors first, then warnings, then notices; the pipeline's order (file, line) within a level. */
function bySeverity(findings) {
    return findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
        .map(({ finding }) => finding);
}
const ZERO_WIDTH_JOINER = '\u200D';
/**
 * Makes text from the repository unable to ping or link: `@user` and `@org/team` (an `@` after a non-word
 * character, before a letter or digit), `#123`, `GH-123` and `owner/repo#123` get a zero-width joiner after
 * the `@`, `#` or `GH-`. It looks the same, but GitHub no longer notifies anyone or cross-references an issue.
 * Every text of the PR comment, the job summary and the check run that holds repository values goes through
 * here (through escapeMd, or directly for the plain-text annotation fields). Code spans need nothing: GitHub
 * never renders mentions in them.
 */
function neutraliseMentions(text) {
    return text
        .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_JOINER}`)
        .replace(/(?<![A-Za-z0-9_])(GH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_JOINER}`);
}
/** Escapes text so that Markdown and inline HTML in it are shown literally, and mentions in it are inert. */
function escapeMd(text) {
    return neutraliseMentions(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]{}|#~!])/g, '\\$1');
}
/** Text for one table cell: escaped, on one line. */
function cell(text) {
    return escapeMd(text).replace(/\r?\n/g, '<br>');
}
/** Text for a paragraph: escaped, line breaks kept. */
function paragraph(text) {
    return escapeMd(text).replace(/\r?\n/g, '  \n');
}
/** An inline code span that survives backticks in the value. */
function code(text) {
    const oneLine = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** `file:line`, linked when a link builder is given. */
function locationLink(finding, options) {
    const path = (options.repoPath ?? ((file) => file))(finding.file);
    const text = code(`${path}:${finding.line}`);
    return options.link ? `[${text}](${options.link(path, finding.line)})` : text;
}
/** `[IMS003] Title`. */
function ruleTitle(finding) {
    return finding.title ? `[${finding.ruleId}] ${finding.title}` : `[${finding.ruleId}]`;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** "3 errors, 1 warning, 0 notices". */
function countsLine(stats) {
    return `${plural(stats.errors, 'error')}, ${plural(stats.warnings, 'warning')}, ${plural(stats.notices, 'notice')}`;
}
/**
 * Appends parts to a document while they fit a budget, measured by `measure` (characters or bytes).
 * `reserve` keeps room for the closing lines (the "N more" line, footers).
 */
class Budget {
    limit;
    measure;
    used = 0;
    parts = [];
    constructor(limit, measure = (text) => text.length) {
        this.limit = limit;
        this.measure = measure;
    }
    /** Adds `text` if it fits with `reserve` left over; returns whether it was added. */
    add(text, reserve = 0) {
        const size = this.measure(text);
        if (this.used + size + reserve > this.limit)
            return false;
        this.parts.push(text);
        this.used += size;
        return true;
    }
    /** Adds `text`, cutting it if needed (for closing lines that must appear). */
    force(text) {
        const room = this.limit - this.used;
        if (room <= 0)
            return;
        const fitted = this.measure(text) <= room ? text : cutTo(text, room, this.measure);
        this.parts.push(fitted);
        this.used += this.measure(fitted);
    }
    get size() {
        return this.used;
    }
    toString() {
        return this.parts.join('');
    }
}
/** The longest prefix of `text` whose measure is at most `limit`. */
function cutTo(text, limit, measure = (t) => t.length) {
    if (measure(text) <= limit)
        return text;
    let low = 0;
    let high = Math.min(text.length, limit);
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (measure(text.slice(0, mid)) <= limit)
            low = mid;
        else
            high = mid - 1;
    }
    // Never split a surrogate pair.
    const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, low)) ? low - 1 : low;
    return text.slice(0, cut);
}
/** Cuts a single value to `max` characters with an ellipsis. */
function clip(text, max) {
    return text.length <= max ? text : `${cutTo(text, max - 1)}…`;
}
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
const TABLE_HEAD = '| | Rule | Location | Instance | Message |\n| --- | --- | --- | --- | --- |\n';
function row(finding, options) {
    const rule = finding.helpUri ? `[${cell(ruleTitle(finding))}](${finding.helpUri})` : cell(ruleTitle(finding));
    return `| ${SEVERITY_ICON[finding.severity]} | ${rule} | ${locationLink(finding, options)} | ${finding.instance ? code(finding.instance) : ''} | ${cell(finding.message)} |\n`;
}
/**
 * A table of findings (errors first) within the budget of `doc`, ending with the `more` line when cut.
 * Returns the number of rows shown.
 */
function appendFindingsTable(doc, findings, options, more) {
    if (findings.length === 0)
        return 0;
    const reserve = more(findings.length).length * 4;
    if (!doc.add(TABLE_HEAD, reserve)) {
        doc.force(more(findings.length));
        return 0;
    }
    let shown = 0;
    for (const finding of bySeverity(findings)) {
        if (!doc.add(row(finding, options), reserve))
            break;
        shown++;
    }
    if (shown < findings.length)
        doc.force(more(findings.length - shown));
    return shown;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/github-commands.js
// Findings as GitHub workflow commands (`::error file=…,line=…::message`), errors first.
// Pure: the CLI's `--format github` prints `renderWorkflowCommands`; the action hands the same annotations to
// @actions/core through `emitAnnotations`, counting what the runner will actually show: it keeps at most
// 10 annotations of each level (error, warning, notice) per step and cuts messages at 4096 characters,
// dropping the rest silently. The caller states the hidden counts in the log and the job summary.


/** The runner shows at most this many annotations of each level per step. */
const RUNNER_ANNOTATION_LIMIT = 10;
/** The runner cuts an annotation message at this many characters. */
const RUNNER_MESSAGE_LIMIT = 4096;
/** One finding as an annotation. Columns only when the finding is on one line (the runner's rule). */
function toCommandAnnotation(finding, options = {}) {
    const file = (options.repoPath ?? ((f) => f))(finding.file);
    const line = Math.max(1, finding.line);
    const endLine = Math.max(line, finding.endLine || line);
    // Workflow-command annotations become annotations of the job's check run: their texts are neutralised like
    // the check run's own (the file is a path, kept exact).
    const properties = { file, startLine: line, endLine, title: clip(neutraliseMentions(ruleTitle(finding)), 255) };
    if (endLine === line && finding.column >= 1) {
        properties.startColumn = finding.column;
        // Finding.endColumn is exclusive; the runner's endColumn is the last column.
        if (finding.endColumn > finding.column + 1)
            properties.endColumn = finding.endColumn - 1;
    }
    const text = finding.remediation ? `${finding.message}\n\n${finding.remediation}` : finding.message;
    return { level: finding.severity, message: clip(neutraliseMentions(text), RUNNER_MESSAGE_LIMIT), properties };
}
/** All findings as annotations, errors first. */
function toCommandAnnotations(findings, options = {}) {
    return bySeverity(findings).map((finding) => toCommandAnnotation(finding, options));
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`, escaped as the runner expects. */
function formatWorkflowCommand(annotation) {
    const p = annotation.properties;
    const props = [
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
        ['title', p.title],
    ];
    const rendered = props
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}
/** The `github` output format: one workflow command per finding, errors first. */
function renderWorkflowCommands(report, options = {}) {
    return toCommandAnnotations(report.findings, options).map((a) => `${formatWorkflowCommand(a)}\n`).join('');
}
const zero = () => ({ error: 0, warning: 0, notice: 0 });
/**
 * Counts the annotations a step has issued, per level, so that the action knows which of its annotations the
 * runner shows (the first 10 of each level) and which it drops. Every annotation of the step, including the
 * action's own warnings and `core.setFailed`'s error, must go through the same budget.
 */
class AnnotationBudget {
    limit;
    issued = zero();
    constructor(limit = RUNNER_ANNOTATION_LIMIT) {
        this.limit = limit;
    }
    /** Records one annotation; returns whether the runner will show it. */
    take(level) {
        this.issued[level]++;
        return this.issued[level] <= this.limit;
    }
    /** Wraps a sink so that everything sent through it is counted. */
    counting(sink) {
        return {
            error: (message, properties) => (this.take('error'), sink.error(message, properties)),
            warning: (message, properties) => (this.take('warning'), sink.warning(message, properties)),
            notice: (message, properties) => (this.take('notice'), sink.notice(message, properties)),
        };
    }
}
/**
 * Issues every finding as a workflow command (errors first), so that the log holds all of them, and counts
 * how many the runner will show as annotations given what the step has already issued.
 */
function emitAnnotations(findings, sink, budget, options = {}) {
    const result = { issued: zero(), shown: zero(), hidden: zero() };
    for (const annotation of toCommandAnnotations(findings, options)) {
        const visible = budget.take(annotation.level);
        sink[annotation.level](annotation.message, annotation.properties);
        result.issued[annotation.level]++;
        result[visible ? 'shown' : 'hidden'][annotation.level]++;
    }
    return result;
}
/** "27 errors and 3 warnings were not shown as annotations …", or undefined when nothing was hidden. */
function describeHidden(result) {
    const parts = SEVERITIES
        .filter((level) => result.hidden[level] > 0)
        .map((level) => `${result.hidden[level]} of ${result.issued[level]} ${level}${result.issued[level] === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return undefined;
    return (`The runner shows at most ${RUNNER_ANNOTATION_LIMIT} annotations of each level per step, so ${parts.join(', ')} ` +
        'were not shown as annotations. Every finding is in the log above and in the job summary.');
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/json.js
/** The JSON report (policies/schemas/report.schema.json). */
function formatJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/markdown.js


/** The hidden marker that identifies the sticky comment among all comments of a PR. */
const STICKY_MARKER = '<!-- ims-gate:sticky-comment -->';
/** GitHub's limit for an issue or PR comment body. */
const COMMENT_LIMIT = 65536;
function fullReportRef(options) {
    const report = options.fullReport;
    if (!report)
        return 'the full report';
    return report.url ? `[the full report](${report.url}) (${escapeMd(report.text)})` : `the full report (${escapeMd(report.text)})`;
}
function showValue(value) {
    return value === null ? '_(absent)_' : value === '' ? '_(empty)_' : code(value);
}
/** The restart section shared by the comment, the job summary and the check run. Empty when nothing changed. */
function renderRestartSection(restart, options = {}) {
    const lines = [];
    if (restart.required) {
        const instances = restart.instances.map((name) => code(name)).join(', ');
        lines.push(`${options.heading ?? '###'} 🔄 Campaign server restart required`, '');
        lines.push(`Once this change is deployed, restart the Campaign server of ${plural(restart.instances.length, 'instance')}: ${instances} ` +
            `(${restart.instances.map((name) => code(restartCommand(name))).join(', ')}). The IMS settings below changed:`, '');
        lines.push('| Instance | Field | Where | Before | After |', '| --- | --- | --- | --- | --- |');
        for (const change of restart.changes) {
            lines.push(`| ${code(change.instance)} | ${code(change.field)} | ${locationLink(change, options)} | ${showValue(change.before)} | ${showValue(change.after)} |`);
        }
        lines.push('');
        if (options.ack) {
            lines.push(options.ack.present
                ? `✅ The restart is acknowledged: the pull request carries the label ${code(options.ack.label)}.`
                : `⛔ **Merge blocked until the restart is planned:** add the label ${code(options.ack.label)} to this pull request once someone has scheduled the restart. ` +
                    `The gate reads the labels of the event that started it, so it passes on the run of the \`labeled\` event (list \`labeled\` and \`unlabeled\` in the workflow's ` +
                    `\`on.pull_request.types\`) or of the next push; re-running an old job reuses its old event.`, '');
        }
    }
    else if (restart.skipped) {
        lines.push(`_${escapeMd(restart.skipped)}_`, '');
    }
    return lines.join('\n');
}
/** The PR comment body (and `--format markdown`). */
function renderMarkdown(report, options = {}) {
    const limit = options.maxChars ?? COMMENT_LIMIT;
    const top = options.topFindings ?? 25;
    const { result } = report.verdict;
    const { stats } = report;
    const total = report.findings.length;
    const head = [];
    if (options.marker !== false)
        head.push(STICKY_MARKER);
    if (total === 0 && result === 'pass') {
        head.push('### ✅ IMS policy gate: clean', '');
        head.push(`No IMS configuration findings in ${plural(stats.filesScanned, 'scanned file')}. Everything is clean.`, '');
    }
    else {
        head.push(`### ${result === 'fail' ? '❌' : '✅'} IMS policy gate ${result === 'fail' ? 'failed' : 'passed'}: ${countsLine(stats)}`, '');
        const byRule = new Map();
        for (const finding of report.findings)
            byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
        const rules = [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, count]) => `${id} × ${count}`).join(' · ');
        head.push(`Fails on: ${code(report.verdict.failOn)} · ${plural(stats.filesScanned, 'file')} scanned · ${rules}`, '');
    }
    if (report.suppressed.length > 0)
        head.push(`${plural(report.suppressed.length, 'finding')} suppressed (inline, config or baseline).`, '');
    const restart = renderRestartSection(report.restart, { ...options, ack: report.verdict.restartAck });
    if (restart)
        head.push(restart);
    head.push('');
    const footer = [''];
    if (options.notes?.length)
        footer.push(...options.notes.map((note) => `<sub>${escapeMd(note)}</sub>`), '');
    footer.push(`<sub>ims-gate ${escapeMd(report.tool.version)}${options.sha ? ` · commit ${code(options.sha.slice(0, 12))}` : ''}</sub>`, '');
    const footerText = footer.join('\n');
    const doc = new Budget(limit);
    // The head always fits in practice; if a huge restart table does not, it is cut like everything else.
    const moreLine = (n) => `\n…and ${plural(n, 'more finding')} in ${fullReportRef(options)}.\n`;
    const reserve = footerText.length + moreLine(total).length;
    if (!doc.add(head.join('\n'), reserve))
        doc.force(head.join('\n').slice(0, Math.max(0, limit - reserve)));
    let shown = 0;
    if (total > 0) {
        doc.add(`#### Findings${total > top ? ` (top ${top} of ${total})` : ''}\n\n`, reserve);
        for (const finding of bySeverity(report.findings).slice(0, top)) {
            const where = [locationLink(finding, options), finding.instance ? `instance ${code(finding.instance)}` : ''].filter(Boolean).join(' · ');
            const help = finding.helpUri ? ` ([docs](${finding.helpUri}))` : '';
            const block = `**${SEVERITY_ICON[finding.severity]} ${escapeMd(ruleTitle(finding))}**${help}  \n${where}\n\n` +
                `${paragraph(finding.message)}\n\n` +
                (finding.remediation ? `**How to fix:** ${paragraph(finding.remediation)}\n\n` : '');
            if (!doc.add(block, reserve))
                break;
            shown++;
        }
    }
    if (shown < total)
        doc.force(moreLine(total - shown));
    doc.force(footerText);
    return doc.toString();
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/sarif.js
// SARIF 2.1.0 for GitHub code scanning (`--format sarif`, the action's `sarif-file`). One run; every rule of
// policies/rules/ is described in tool.driver.rules; findings become results with a region and the stable
// fingerprint; suppressed findings are kept with their SARIF `suppressions` so the debt stays visible.






const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
const INFORMATION_URI = 'https://github.com/ims-gate/ims-gate';
/** GitHub code scanning ingests at most this many results per run (and drops the whole file above it). */
const GITHUB_MAX_RESULTS = 25_000;
/** GitHub's limit on `relatedLocations` (and `locations`) per result. */
const GITHUB_MAX_RELATED = 1_000;
/** The key of our stable fingerprint in `partialFingerprints`. */
const FINGERPRINT_KEY = 'imsGate/v1';
const URI_BASE_ID = '%SRCROOT%';
const EXAMPLE_MAX_LINES = 40;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Ends a sentence: SARIF viewers (and the Multitool's SARIF2001) expect messages to end with a period. */
function sentence(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return trimmed;
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/** The fenced blocks under `## Failing example` of a rule's docs page (the files, then the expected output). */
function failingExamples(markdown) {
    const section = /^##\s+Failing example\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(markdown);
    if (!section)
        return [];
    return [...section[1].matchAll(/^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm)].map((fence) => ({ info: fence[2].trim(), code: fence[3].replace(/\n$/, '') }));
}
function readExamples(meta) {
    try {
        const path = (0,external_node_path_namespaceObject.join)(packageRoot(), meta.docs);
        return (0,external_node_fs_namespaceObject.existsSync)(path) ? failingExamples((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8')) : [];
    }
    catch {
        return [];
    }
}
function fence(code) {
    const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
/** The failing example as Markdown: whole blocks while they fit in EXAMPLE_MAX_LINES, then a pointer to the page. */
function exampleMarkdown(examples) {
    const out = [];
    let budget = EXAMPLE_MAX_LINES;
    for (const [index, example] of examples.entries()) {
        const lines = example.code.split('\n').length;
        if (lines > budget && index > 0) {
            out.push('', '_More in the documentation._');
            break;
        }
        const code = lines > budget ? [...example.code.split('\n').slice(0, budget), '…'].join('\n') : example.code;
        budget -= Math.min(lines, budget);
        const title = /title="([^"]+)"/.exec(example.info)?.[1];
        const language = example.info.split(/\s+/)[0] ?? '';
        out.push('', title ? `\`${title}\`:` : language === 'text' ? 'ims-gate reports:' : '', '', `${fence(code)}${language}`, code, fence(code));
    }
    return out.filter((line, i, all) => !(line === '' && all[i - 1] === ''));
}
function ruleHelp(meta) {
    const examples = readExamples(meta);
    const text = [sentence(meta.remediation)];
    const markdown = [`**How to fix:** ${sentence(meta.remediation)}`];
    if (meta.symptoms.length > 0) {
        text.push(`Symptoms users see: ${meta.symptoms.join('; ')}.`);
        markdown.push('', '**Symptoms users see:**', '', ...meta.symptoms.map((symptom) => `- ${symptom}`));
    }
    if (examples.length > 0)
        markdown.push('', '**Failing example**', ...exampleMarkdown(examples));
    const uri = DOCS_BASE_URL + meta.docs;
    text.push(`Documentation: ${uri}`);
    markdown.push('', `[Documentation](${uri})`);
    return { text: text.join('\n\n'), markdown: markdown.join('\n') };
}
function ruleTags(meta) {
    const tags = ['adobe-campaign', 'ims', 'configuration'];
    if (meta.securitySeverity !== undefined)
        tags.push('security');
    if (meta.restart)
        tags.push('restart-required');
    return tags;
}
function ruleDescriptor(meta) {
    const properties = { tags: ruleTags(meta), precision: 'very-high' };
    if (meta.securitySeverity !== undefined)
        properties['security-severity'] = meta.securitySeverity.toFixed(1);
    return {
        id: meta.id,
        name: meta.name,
        shortDescription: { text: sentence(meta.title) },
        fullDescription: { text: sentence(meta.rationale.replace(/\s+/g, ' ')) },
        help: ruleHelp(meta),
        helpUri: DOCS_BASE_URL + meta.docs,
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties,
    };
}
/** A descriptor for a finding whose rule has no metadata (should not happen; keeps ruleIndex valid). */
function fallbackDescriptor(finding) {
    return {
        id: finding.ruleId,
        name: finding.ruleId,
        shortDescription: { text: sentence(finding.title ?? finding.ruleId) },
        fullDescription: { text: sentence(finding.title ?? finding.ruleId) },
        help: { text: sentence(finding.remediation), markdown: sentence(finding.remediation) },
        ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[finding.severity] },
    };
}
function region(finding) {
    const startLine = Math.max(1, finding.line);
    const startColumn = Math.max(1, finding.column);
    const endLine = Math.max(startLine, finding.endLine || startLine);
    const endColumn = endLine === startLine ? Math.max(startColumn, finding.endColumn || startColumn) : Math.max(1, finding.endColumn || 1);
    return { startLine, startColumn, endLine, endColumn };
}
function artifact(file, options) {
    const path = (options.repoPath ? options.repoPath(file) : file).split('\\').join('/').replace(/^\.\//, '');
    return { uri: encodeURI(path).replace(/[?#]/g, encodeURIComponent), uriBaseId: URI_BASE_ID };
}
function relatedLocations(related, options) {
    return related.slice(0, GITHUB_MAX_RELATED).map((location, index) => ({
        id: index + 1,
        physicalLocation: {
            artifactLocation: artifact(location.file, options),
            region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) },
        },
        message: { text: sentence(location.message) },
    }));
}
function isSuppressed(finding) {
    return 'suppressedBy' in finding;
}
function suppression(finding) {
    const kind = finding.suppressedBy === 'inline' ? 'inSource' : 'external';
    const justification = finding.suppressedBy === 'baseline'
        ? 'In the ims-gate baseline (.github/ims-gate-baseline.json): accepted when ims-gate was adopted.'
        : finding.reason?.trim() || 'Suppressed by an ims-gate-disable-next-line comment that gives no reason.';
    return { kind, status: 'accepted', justification };
}
function result(finding, ruleIndex, options) {
    const text = [sentence(finding.message), sentence(finding.remediation)].filter(Boolean).join(' ');
    const out = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: artifact(finding.file, options), region: region(finding) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    if (finding.related && finding.related.length > 0)
        out.relatedLocations = relatedLocations(finding.related, options);
    const properties = {};
    if (finding.instance)
        properties.instance = finding.instance;
    if (finding.field)
        properties.field = finding.field;
    if (Object.keys(properties).length > 0)
        out.properties = properties;
    if (isSuppressed(finding))
        out.suppressions = [suppression(finding)];
    return out;
}
/** The SARIF 2.1.0 log of a report. Plain data: `JSON.stringify` it. */
function toSarif(report, options = {}) {
    const metas = [...loadRuleMetadata().values()];
    const rules = metas.map(ruleDescriptor);
    const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
    const indexOf = (finding) => {
        let index = ruleIndex.get(finding.ruleId);
        if (index === undefined) {
            index = rules.length;
            rules.push(fallbackDescriptor(finding));
            ruleIndex.set(finding.ruleId, index);
        }
        return index;
    };
    // Open findings first (the report already orders them), then the suppressed ones; a rule turned off in
    // the config is not reported at all.
    const suppressed = options.includeSuppressed === false ? [] : report.suppressed.filter((finding) => finding.suppressedBy !== 'config');
    const all = [...report.findings, ...suppressed];
    const max = Math.max(0, options.maxResults ?? GITHUB_MAX_RESULTS);
    const kept = all.slice(0, max);
    const omitted = all.length - kept.length;
    const results = kept.map((finding) => result(finding, indexOf(finding), options));
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                semanticVersion: report.tool.version,
                informationUri: INFORMATION_URI,
                rules,
            },
        },
        ...(options.category ? { automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` } } : {}),
        invocations: [
            {
                executionSuccessful: true,
                ...(omitted > 0
                    ? {
                        toolExecutionNotifications: [
                            {
                                level: 'warning',
                                message: {
                                    text: `${omitted} of ${all.length} results were left out: GitHub code scanning accepts at most ${max} results per run. Run ims-gate check --format json for the full report.`,
                                },
                            },
                        ],
                    }
                    : {}),
            },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
            verdict: report.verdict.result,
            failOn: report.verdict.failOn,
            restartRequired: report.restart.required,
            ...(report.restart.required ? { restartInstances: report.restart.instances } : {}),
            ...(omitted > 0 ? { truncated: true, omittedResults: omitted, totalResults: all.length } : {}),
        },
    };
    return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
}
/**
 * For the CLI: code scanning wants paths relative to the repository, and the scan root may be a sub-folder of
 * it. Walks up from the root to the folder holding `.git`; without one, paths stay relative to the root.
 */
function gitRepoPath(root) {
    for (let dir = root;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, '.git'))) {
            return underPrefix(toPosix((0,external_node_path_namespaceObject.relative)(dir, root)));
        }
        if ((0,external_node_path_namespaceObject.dirname)(dir) === dir)
            return undefined;
    }
}
/** The `sarif` output format. */
function formatSarif(report, options = {}) {
    return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/stylish.js
// The terminal format: `file:line:col  severity  message  [RULEID]`, the remediation, and a short code frame.





const CONTEXT_LINES = 1;
const MAX_FRAME_WIDTH = 160;
const MAX_FRAME_SOURCE_BYTES = 64 * 1024 * 1024;
function paint(enabled, code, text) {
    return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}
/**
 * The file's text as the readers decoded it (UTF-16 with a BOM, an XML-declared code page), so that frames match
 * the reported columns; invalid UTF-8 is shown with replacement characters, and a binary file gets no frame.
 */
function sourceText(root, file) {
    // Only a regular file inside the root: a finding can name a symbolic link that the scan did not follow (a notice
    // on a link out of the root, e.g. to /etc/passwd), and the frame must not follow it either.
    const real = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.join)(root, file));
    const inside = relativeInside((0,external_node_fs_namespaceObject.realpathSync)(root), real);
    if (inside === undefined || inside === '')
        return null;
    const stat = (0,external_node_fs_namespaceObject.statSync)(real);
    // A frame is worth a few lines, not loading a huge file (e.g. one skipped for its size) into memory.
    if (!stat.isFile() || stat.size > MAX_FRAME_SOURCE_BYTES)
        return null;
    const bytes = (0,external_node_fs_namespaceObject.readFileSync)(real);
    const decoded = decodeBytes(file, bytes, { xml: true });
    if (decoded.ok)
        return decoded.text;
    return utf16Bom(bytes) || bytes.includes(0) ? null : bytes.toString('utf8');
}
/**
 * The places of the plaintext secrets IMS009 found (reported or suppressed), by file. redactText only knows secrets
 * by their attribute or key name; these cover the rest, e.g. a client secret mapped to another name with `fields:`.
 */
function secretSpans(report) {
    const spans = new Map();
    for (const finding of [...report.findings, ...report.suppressed]) {
        if (finding.ruleId !== 'IMS009' || finding.field === 'clientSecretSha256')
            continue;
        spans.set(finding.file, [...(spans.get(finding.file) ?? []), finding]);
    }
    return spans;
}
/** Masks the value inside each span (`name="value"`, possibly over several lines), keeping every line where it is. */
function maskSpans(text, spans) {
    if (spans.length === 0)
        return text;
    const lines = text.split('\n');
    // Last span first, so that masking one never moves the columns of another.
    const ordered = [...spans].sort((a, b) => b.line - a.line || b.column - a.column);
    for (const span of ordered) {
        for (let n = Math.min(span.endLine, lines.length); n >= span.line && n >= 1; n--) {
            const line = lines[n - 1];
            const from = n === span.line ? Math.max(0, span.column - 1) : 0;
            const to = n === span.endLine ? Math.min(line.length, span.endColumn - 1) : line.length;
            if (to <= from)
                continue;
            const segment = line.slice(from, to);
            const head = n === span.line ? (/^[^=\s"']*\s*=\s*["']?/.exec(segment)?.[0] ?? '') : /^\s*/.exec(segment)?.[0] ?? '';
            const tail = n === span.endLine && segment.length > head.length && /["']$/.test(segment) ? segment.slice(-1) : '';
            if (segment.slice(head.length, segment.length - tail.length).trim() === '')
                continue;
            lines[n - 1] = `${line.slice(0, from)}${head}${REDACTED}${tail}${line.slice(to)}`;
        }
    }
    return lines.join('\n');
}
function sourceLines(root, file, cache, secrets) {
    if (!cache.has(file)) {
        try {
            const text = sourceText(root, file);
            // Redacted as a whole, so that a secret spanning lines (a PEM key) is masked on each of them.
            cache.set(file, text === null ? null : redactText(maskSpans(text, secrets)).replace(/^\uFEFF/, '').split(/\r?\n/));
        }
        catch {
            cache.set(file, null);
        }
    }
    return cache.get(file) ?? null;
}
function stylish_clip(line) {
    return line.length > MAX_FRAME_WIDTH ? `${line.slice(0, MAX_FRAME_WIDTH)}…` : line;
}
function codeFrame(lines, finding) {
    if (finding.line < 1 || finding.line > lines.length)
        return [];
    const first = Math.max(1, finding.line - CONTEXT_LINES);
    const last = Math.min(lines.length, finding.line + CONTEXT_LINES);
    const width = String(last).length;
    const frame = [];
    for (let n = first; n <= last; n++) {
        const text = stylish_clip(lines[n - 1].replace(/\t/g, ' '));
        frame.push(`${n === finding.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
        if (n === finding.line && finding.column >= 1 && finding.column <= MAX_FRAME_WIDTH) {
            const span = finding.endLine === finding.line ? Math.max(1, Math.min(finding.endColumn, MAX_FRAME_WIDTH + 1) - finding.column) : 1;
            frame.push(`  ${' '.repeat(width)} | ${' '.repeat(finding.column - 1)}${'^'.repeat(span)}`);
        }
    }
    return frame;
}
function formatLocation(finding) {
    return `${finding.file}:${finding.line}:${finding.column}`;
}
function formatStylish(report, options = {}) {
    const out = [];
    const cache = new Map();
    const secrets = secretSpans(report);
    const color = options.color;
    const severityColor = { error: '31', warning: '33', notice: '36' };
    for (const finding of report.findings) {
        out.push(`${formatLocation(finding)}  ${paint(color, severityColor[finding.severity], finding.severity)}  ${finding.message}  ${paint(color, '2', `[${finding.ruleId}]`)}`);
        out.push(`    fix: ${finding.remediation}`);
        for (const related of finding.related ?? [])
            out.push(`    see: ${formatLocation(related)} ${related.message}`);
        const lines = options.root ? sourceLines(options.root, finding.file, cache, secrets.get(finding.file) ?? []) : null;
        if (lines)
            out.push(...codeFrame(lines, finding).map((line) => `    ${line}`));
        out.push('');
    }
    const baseline = report.suppressed.filter((s) => s.suppressedBy === 'baseline');
    if (baseline.length > 0)
        out.push(`${baseline.length} finding(s) accepted by the baseline (reported as baseline, not failing).`);
    const other = report.suppressed.length - baseline.length;
    if (other > 0)
        out.push(`${other} finding(s) suppressed (inline or by the config); see --format json for the list.`);
    if (report.fixed && report.fixed.length > 0)
        out.push(`${report.fixed.length} baseline finding(s) are fixed: run \`ims-gate baseline\` to shrink the baseline.`);
    if (report.restart.required) {
        out.push(`Restart required for instance(s) ${report.restart.instances.join(', ')}: ${report.restart.changes.length} IMS setting(s) changed.`);
    }
    else if (report.restart.skipped)
        out.push(report.restart.skipped);
    const { errors, warnings, notices, filesScanned } = report.stats;
    const verdict = report.verdict.result === 'fail' ? paint(color, '31;1', 'FAIL') : paint(color, '32;1', 'PASS');
    out.push(`${verdict}  ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${filesScanned} file(s) scanned (fail-on: ${report.verdict.failOn}).`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/report/formats.js





const formats = Object.freeze({
    stylish: (report, context) => formatStylish(report, { root: context.root, color: context.color }),
    json: (report) => formatJson(report),
    sarif: (report, context) => formatSarif(report, { repoPath: gitRepoPath(context.root) }),
    github: (report, context) => renderWorkflowCommands(report, { repoPath: gitRepoPath(context.root) }),
    markdown: (report, context) => renderMarkdown(report, { repoPath: gitRepoPath(context.root), marker: false }),
});
/** The format names, for usage and error messages. */
const FORMAT_NAMES = Object.keys(formats);
/**
 * The formatter named `name`, or undefined. An own-property check: `formats[name]` would find `toString`,
 * `constructor` or `__proto__` on Object.prototype and call something that is not a formatter.
 */
function formatNamed(name) {
    return Object.hasOwn(formats, name) ? formats[name] : undefined;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/errors.js
// How the CLI ends on an error. A user error (a wrong option, a path that is not there, an unusable config
// file) is one line, `ims-gate: <file or option>: <message>`, and exit 2: the user fixes the call, and a
// stack trace would only hide the one line that matters. Anything else is a bug in ims-gate: it says so,
// asks for a report, and keeps the stack trace, which is what the report needs.




const HELP_HINT = 'see ims-gate --help';
/** node:util parseArgs errors, by code: the option named in Node's message, and what to say about it. */
const PARSE_ARGS_ERRORS = new Map([
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION', { option: /^Unknown option '([^']+)'/, message: `unknown option (${HELP_HINT})` }],
    ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', { option: /^Option '(?:-\w, )?(--[\w-]+)[^']*' (argument missing|does not take an argument)/, message: '' }],
    ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', { option: /^Unexpected argument '([^']+)'/, message: `unexpected argument (${HELP_HINT})` }],
]);
function parseArgsLine(code, message) {
    const known = PARSE_ARGS_ERRORS.get(code);
    const match = known?.option.exec(message);
    if (!known || !match)
        return undefined;
    if (match[2] === 'argument missing')
        return `${match[1]}: needs a value`;
    if (match[2] === 'does not take an argument')
        return `${match[1]}: takes no value`;
    return `${match[1]}: ${known.message}`;
}
/** `<subject>: <message>` for a user error, or undefined for an internal one. */
function userErrorLine(error) {
    if (error instanceof UserError)
        return `${error.subject}: ${error.message}`;
    if (error instanceof ConfigPathError)
        return `--config: ${error.message}`;
    if (error instanceof UsageError || error instanceof BaselineError)
        return error.message;
    const code = error?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
        return parseArgsLine(code, error.message) ?? `${error.message} (${HELP_HINT})`;
    // A file-system error on a path is about a file or folder the user named or keeps in the repository.
    const fs = fsErrorOf(error);
    if (fs)
        return `${fs.path}: ${fs.reason}`;
    return undefined;
}
/** What the CLI prints to standard error when `error` ends it. */
function errorReport(error) {
    const line = userErrorLine(error);
    if (line !== undefined)
        return `ims-gate: ${line}\n`;
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return `ims-gate: internal error, please report it (this is a bug in ims-gate, not in your configuration), with the details below:\n${detail}\n`;
}
/**
 * The config problems of a report as one line: the first at its file, line and column, and how many others the
 * report lists. Taken from the report, whose messages are already scrubbed of secrets.
 */
function configProblemsLine(report) {
    const problems = report.findings.filter((f) => f.ruleId === 'IMS000' && f.message.startsWith(CONFIG_PROBLEM_PREFIX));
    const [first] = problems;
    if (!first)
        return 'the config is invalid; the report lists its problems (IMS000)';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more config problem${problems.length === 2 ? '' : 's'} in the report)` : '';
    return `${first.file}:${first.line}:${first.column}: ${first.message}${more}`;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/paths.js
// The paths and values a user gives on the command line: the scan root, --output, empty values. A wrong one is a
// UserError that names it, checked before the scan, so that nobody waits for a scan whose report cannot be written.



/** What is at `path`, or undefined when nothing is (ENOENT, or a parent that is a file: ENOTDIR). */
function statIfAny(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** The scan root as given, once it is known to be a folder. */
function scanRoot(positionals, command) {
    if (positionals.length > 1)
        throw new UserError(command, `expected at most one scan root, got: ${positionals.join(' ')}`);
    const root = positionals[0] ?? '.';
    const stats = statIfAny(root);
    if (!stats)
        throw new UserError(root, 'scan root not found; expected a folder');
    if (!stats.isDirectory())
        throw new UserError(root, 'scan root is a file; expected a folder');
    return root;
}
/** An --output that is an existing folder is refused before the scan, not after it. */
function checkOutputPath(path) {
    if (path && statIfAny(path)?.isDirectory())
        throw new UserError('--output', `${path} is a folder; expected a file path`);
}
/** Writes the report to --output, creating its folder if needed. */
function writeOutput(path, text) {
    checkOutputPath(path);
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(path)), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
    }
    catch (error) {
        const code = error.code;
        // mkdir says EEXIST, open says ENOTDIR, when a folder of the path is a file.
        if (code === 'EEXIST' || code === 'ENOTDIR')
            throw new UserError('--output', `cannot write ${path}: a part of the path is a file, not a folder`);
        const fs = fsErrorOf(error);
        if (!fs)
            throw error;
        throw new UserError('--output', `cannot write ${path}: ${fs.reason}`);
    }
}
/** `--config ""` would silently mean "the default config", `--output ""` standard output: a value must be given. */
function rejectEmptyValues(values) {
    for (const [name, value] of Object.entries(values))
        if (value === '')
            throw new UserError(`--${name}`, 'needs a value, got an empty string');
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/symptoms.js
const STOP_WORDS = new Set(['the', 'a', 'an', 'to', 'is', 'are', 'i', 'my', 'our', 'we', 'they', 'users', 'user', 'get', 'gets', 'got', 'when', 'on', 'of', 'and', 'or', 'not', 'does', 'do', 'can', 'be', 'it', 'page', 'with', 'any', 'in']);
function words(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, ' ')
        .split(' ')
        .map((word) => word.replace(/^\.+|\.+$/g, ''))
        .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}
/** Share of the symptom's significant words found in the text (prefix matches count, so "redirect" ~ "redirected"). */
function overlap(text, symptom) {
    if (symptom.length === 0)
        return 0;
    const hits = symptom.filter((word) => text.some((candidate) => candidate.startsWith(word.slice(0, 5)) || word.startsWith(candidate.slice(0, 5))));
    return hits.length / symptom.length;
}
/** The symptoms that best match the text (ties kept), with the rules that explain each. */
function matchSymptoms(text, metas) {
    const bySymptom = new Map();
    for (const meta of metas)
        for (const symptom of meta.symptoms)
            bySymptom.set(symptom, [...(bySymptom.get(symptom) ?? []), meta.id]);
    const query = words(text);
    const scored = [...bySymptom].map(([symptom, ruleIds]) => ({ symptom, ruleIds, score: overlap(query, words(symptom)) }));
    const best = Math.max(0, ...scored.map((entry) => entry.score));
    if (best < 0.34)
        return [];
    return scored.filter((entry) => entry.score === best).map(({ symptom, ruleIds }) => ({ symptom, ruleIds }));
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/baseline.js
// `ims-gate baseline`: adopt ims-gate on a repository that already has findings. Scans without any baseline,
// then writes the fingerprints of every current finding to .github/ims-gate-baseline.json; `check` then
// reports those as `baseline` (never failing) and lists the ones that were fixed, so the file can shrink.
// IMS000 findings (a file that cannot be read, an invalid config) are never baselined: an unreadable file
// hides its settings from every rule, so accepting it would accept changes nobody checked.








/** The rule whose findings are never baselined. */
const UNBASELINABLE_RULE = 'IMS000';
const BASELINE_USAGE = `  ims-gate baseline [root] [--config FILE] [--output FILE]
      writes the fingerprints of every current finding to <root>/${DEFAULT_BASELINE_PATH}; check then
      reports them as "baseline" without failing. IMS000 (unreadable input) is never baselined.`;
const OPTIONS = {
    config: { type: 'string', short: 'c' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
};
/** Scans `root` ignoring any baseline and writes the new one. Throws UsageError when the config is invalid. */
async function createBaseline(options) {
    const root = (0,external_node_path_namespaceObject.resolve)(options.root);
    const path = options.output ? ((0,external_node_path_namespaceObject.isAbsolute)(options.output) ? options.output : (0,external_node_path_namespaceObject.resolve)(options.output)) : (0,external_node_path_namespaceObject.join)(root, DEFAULT_BASELINE_PATH);
    const outcome = await scan({ root, configPath: options.configPath, failOn: 'never', noBaseline: true });
    if (outcome.configInvalid) {
        // The config decides which findings exist, so a baseline of a scan with the defaults would be wrong.
        throw new UsageError(`${configProblemsLine(outcome.report)}; the config is invalid, fix it before writing a baseline`);
    }
    const written = outcome.report.findings.filter((finding) => finding.ruleId !== UNBASELINABLE_RULE);
    const unbaselinable = outcome.report.findings.filter((finding) => finding.ruleId === UNBASELINABLE_RULE && finding.severity !== 'notice');
    const previous = (0,external_node_fs_namespaceObject.existsSync)(path) ? readBaseline(path) : undefined;
    const current = new Set(written.map((finding) => finding.fingerprint));
    const added = written.filter((finding) => !previous?.has(finding.fingerprint)).length;
    const dropped = previous ? [...previous].filter((fingerprint) => !current.has(fingerprint)).length : 0;
    writeBaseline(path, written);
    return { path, written, unbaselinable, dropped, added, replaced: previous !== undefined, atDefaultPath: path === (0,external_node_path_namespaceObject.join)(root, DEFAULT_BASELINE_PATH) };
}
function countByRule(findings) {
    const counts = new Map();
    for (const finding of findings)
        counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, n]) => `${id} ×${n}`).join(', ');
}
async function baselineCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    rejectEmptyValues(values);
    if (values.help) {
        io.stdout(`Usage:\n${BASELINE_USAGE}\n`);
        return 0;
    }
    const root = scanRoot(positionals, 'baseline');
    checkOutputPath(values.output);
    const outcome = await createBaseline({ root, configPath: values.config, output: values.output });
    const shown = toPosix((0,external_node_path_namespaceObject.relative)(process.cwd(), outcome.path)) || outcome.path;
    const summary = outcome.written.length === 0 ? 'no findings' : `${outcome.written.length} finding${outcome.written.length === 1 ? '' : 's'} (${countByRule(outcome.written)})`;
    const change = outcome.replaced ? `; ${outcome.added} new, ${outcome.dropped} dropped since the previous baseline` : '';
    io.stdout(`Wrote ${shown}: ${summary}${change}.\n`);
    if (outcome.written.length > 0)
        io.stdout('check now reports these as "baseline" and fails only on new findings. Commit the file.\n');
    if (!outcome.atDefaultPath) {
        io.stderr(`ims-gate: note: check reads the baseline from <root>/${DEFAULT_BASELINE_PATH}; move the file there to use it.\n`);
    }
    if (outcome.unbaselinable.length > 0) {
        io.stderr(`ims-gate: ${outcome.unbaselinable.length} IMS000 finding(s) were not baselined: a file that cannot be read must be fixed, so check still fails on:\n` +
            outcome.unbaselinable.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}\n`).join(''));
    }
    return 0;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/init.js
// `ims-gate init`: writes a starter .github/ims-gate.yml with the instances found under the root (the same
// discovery and model as `check`) and a workflow that runs the action with the permissions it needs.
// Existing files are never overwritten without --force.














const WORKFLOW_PATH = '.github/workflows/ims-gate.yml';
const SARIF_FILE = 'ims-gate.sarif';
const INIT_USAGE = `  ims-gate init [root] [--sarif] [--force]
      writes ${DEFAULT_CONFIG_PATH} (with the instances it finds) and ${WORKFLOW_PATH};
      --sarif adds the code-scanning upload (and security-events: write); --force overwrites existing files.`;
const init_OPTIONS = {
    sarif: { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
// ------------------------------------------------------------------------------------------ detection
/** file → instance it was assigned to (undefined: a shared Admin Console export). */
function assignments(model) {
    const owner = new Map();
    for (const instance of model.instances)
        for (const file of instance.files)
            owner.set(file, instance.name);
    for (const exported of model.dashboards)
        if (exported.instance === undefined)
            owner.set(exported.file, undefined);
    return owner;
}
/** A literal path as a glob (src/util/glob.ts): its glob characters escaped. */
function literal(path) {
    return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
/**
 * The instance folder a file sits in (`…/prod/**`), so that files added there later belong to the instance
 * too; else the file itself (a `config-<name>.xml` or a manifest naming its instance, or a file of the
 * catch-all instance), since a folder glob would take precedence over the hints of files added later.
 */
function candidateGlob(file, instance) {
    const folders = file.split('/').slice(0, -1);
    const index = folders.lastIndexOf(instance);
    return index >= 0 ? `${literal(folders.slice(0, index + 1).join('/'))}/**` : literal(file);
}
/**
 * Globs for an instance that select its files and no other instance's, so that the written config
 * reproduces what discovery found; a glob that would also take another instance's file is replaced by the
 * plain paths of this instance's files under it.
 */
function instancePaths(instance, owner) {
    const byGlob = new Map();
    for (const file of instance.files) {
        const glob = candidateGlob(file, instance.name);
        byGlob.set(glob, [...(byGlob.get(glob) ?? []), file]);
    }
    const paths = new Set();
    for (const [glob, files] of byGlob) {
        if (!glob.endsWith('/**')) {
            paths.add(glob);
            continue;
        }
        const match = globMatcher([glob]);
        const clean = [...owner].every(([file, name]) => !match(file) || name === instance.name);
        for (const path of clean ? [glob] : files.map(literal))
            paths.add(path);
    }
    return [...paths].sort();
}
function callbackOrigin(instance) {
    const value = instance.accounts.find((account) => account.fields.callbackServer)?.fields.callbackServer?.value.trim();
    if (!value)
        return undefined;
    try {
        const url = new URL(value);
        return url.protocol === 'https:' ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** Runs discovery and the model, as `check` does with no config, and describes what it found. */
function detectSetup(root) {
    const config = defaultConfig();
    const read = readAll(root, config);
    const model = buildModel(read.results, config);
    const owner = assignments(model);
    const instances = model.instances
        .filter((instance) => instance.files.length > 0)
        .map((instance) => {
        const manifests = [...new Set(instance.manifests.map((manifest) => manifest.file))];
        return {
            name: instance.name,
            paths: instancePaths(instance, owner),
            ...(manifests.length === 1 ? { imsManifest: manifests[0] } : {}),
            ...(callbackOrigin(instance) ? { suggestedUrl: callbackOrigin(instance) } : {}),
        };
    })
        // Named instances first, in name order; the catch-all "default" last.
        .sort((a, b) => Number(a.name === DEFAULT_INSTANCE) - Number(b.name === DEFAULT_INSTANCE) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const enterpriseDashboard = model.dashboards.filter((exported) => exported.instance === undefined).map((exported) => exported.file).sort();
    return { instances, enterpriseDashboard, filesScanned: read.filesScanned };
}
// ------------------------------------------------------------------------------------------ rendering
/** A YAML scalar: plain when it reads back as the same string, else double-quoted (JSON is valid YAML). */
function scalar(value) {
    if (/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value)) {
        try {
            if ((0,dist/* parse */.qg)(value) === value)
                return value;
        }
        catch {
            // fall through to quoting
        }
    }
    return JSON.stringify(value);
}
function renderConfig(setup) {
    const lines = [
        `# yaml-language-server: $schema=${configSchemaUrl()}`,
        '# ims-gate configuration, written by `ims-gate init`. Reference: docs/config.md',
        '',
        '# on-premise | hybrid | hosted. With hosted, no rule runs: Adobe manages the IMS integration of hosted instances.',
        'hosting: on-premise',
        '',
    ];
    if (setup.instances.length === 0) {
        lines.push('# No Campaign or IMS configuration was found. Name your instances and the files that belong to each, e.g.:', '#   prod:', '#     paths: ["prod/**"]', '#     imsManifest: prod/ims/manifest.yml', 'instances: {}');
    }
    else {
        lines.push('# Campaign instances found by `ims-gate init`. Files matching an instance\'s paths belong to it.', 'instances:');
        for (const instance of setup.instances) {
            if (instance.name === DEFAULT_INSTANCE) {
                lines.push('  # Files outside any instance folder. Rename this instance to the Campaign instance they configure.');
            }
            lines.push(`  ${scalar(instance.name)}:`, '    paths:', ...instance.paths.map((path) => `      - ${scalar(path)}`));
            if (instance.imsManifest)
                lines.push(`    imsManifest: ${scalar(instance.imsManifest)}`);
            lines.push(`    # url: ${instance.suggestedUrl ?? 'https://campaign.example.com'}  # the instance's public URL; the IMS callback must be on its host`);
        }
    }
    lines.push('');
    if (setup.enterpriseDashboard.length > 0) {
        lines.push('# Admin Console (Enterprise Dashboard) user exports, shared by all instances.', 'enterpriseDashboard:', ...setup.enterpriseDashboard.map((path) => `  - ${scalar(path)}`));
    }
    else {
        lines.push('# Admin Console (Enterprise Dashboard) user export(s), shared by all instances; the association-mask rules use them.', '# enterpriseDashboard: admin-console/users.csv');
    }
    lines.push('', '# Severity per rule (error | warning | notice | off); see docs/rules/.', '# rules:', '#   IMS005: warning', '');
    return lines.join('\n');
}
function renderWorkflow(options) {
    const withInputs = ['          fail-on: error  # error | warning | notice | never'];
    if (options.path)
        withInputs.push(`          path: ${scalar(options.path)}`);
    if (options.sarif)
        withInputs.push(`          sarif-file: ${SARIF_FILE}`);
    withInputs.push('          # client-secret: ${{ secrets.IMS_CLIENT_SECRET }}  # for the manifest\'s clientSecretSha256 check (IMS009)');
    const lines = [
        '# Written by `ims-gate init`: blocks pull requests that would break the Adobe Campaign IMS (Adobe ID) login.',
        'name: ims-gate',
        '',
        'on:',
        '  pull_request:',
        '  push:',
        `    branches: [${scalar(options.branch)}]`,
        '',
        'permissions:',
        '  contents: read',
        '  checks: write         # the check run with annotations',
        '  pull-requests: write  # the sticky PR comment',
        '  issues: write         # the restart label',
        ...(options.sarif ? ['  security-events: write  # the SARIF upload to code scanning'] : []),
        '',
        'jobs:',
        '  ims-gate:',
        // Not the check run's name: branch protection then offers one unambiguous "IMS policy gate" to require.
        '    name: ims-gate scan',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '        with:',
        '          fetch-depth: 0  # the base revision, for restart detection',
        `      - uses: ${actionRef()}`,
        '        with:',
        ...withInputs,
    ];
    if (options.sarif) {
        lines.push('      - uses: github/codeql-action/upload-sarif@v4', `        if: \${{ !cancelled() && hashFiles('${SARIF_FILE}') != '' }}`, '        with:', `          sarif_file: ${SARIF_FILE}`, '          category: ims-gate');
    }
    return `${lines.join('\n')}\n`;
}
// ------------------------------------------------------------------------------------------ the command
/** The repository's default branch (origin/HEAD), else `main`. */
function defaultBranch(root) {
    const remoteHead = gitText(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    return remoteHead?.replace(/^[^/]+\//, '') || 'main';
}
function runInit(options) {
    const root = (0,external_node_path_namespaceObject.resolve)(options.root);
    if (!(0,external_node_fs_namespaceObject.existsSync)(root) || !(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
        throw new UsageError(`scan root is not a folder: ${options.root}`);
    const setup = detectSetup(root);
    const config = renderConfig(setup);
    const check = parseConfig(config, DEFAULT_CONFIG_PATH);
    if (check.problems.length > 0)
        throw new Error(`generated config is invalid: ${check.problems.map((p) => p.message).join('; ')}`);
    // Workflows live at the repository root; the scan root may be a sub-folder of it.
    const top = gitText(root, ['rev-parse', '--show-toplevel']);
    const repoRoot = top && (0,external_node_fs_namespaceObject.existsSync)(top) ? top : root;
    const inside = toPosix((0,external_node_path_namespaceObject.relative)(repoRoot, root));
    const workflow = renderWorkflow({ sarif: Boolean(options.sarif), branch: defaultBranch(root), path: inside && !inside.startsWith('..') ? inside : undefined });
    const outcome = { setup, written: [], kept: [] };
    const targets = [
        [(0,external_node_path_namespaceObject.join)(root, DEFAULT_CONFIG_PATH), config],
        [(0,external_node_path_namespaceObject.join)(inside && !inside.startsWith('..') ? repoRoot : root, WORKFLOW_PATH), workflow],
    ];
    for (const [path, text] of targets) {
        if ((0,external_node_fs_namespaceObject.existsSync)(path) && !options.force) {
            outcome.kept.push(path);
            continue;
        }
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
        outcome.written.push(path);
    }
    return outcome;
}
async function initCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: init_OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
        io.stdout(`Usage:\n${INIT_USAGE}\n`);
        return 0;
    }
    const outcome = runInit({ root: scanRoot(positionals, 'init'), sarif: values.sarif, force: values.force });
    const show = (path) => toPosix((0,external_node_path_namespaceObject.relative)(process.cwd(), path)) || path;
    const { instances, enterpriseDashboard } = outcome.setup;
    const found = instances.length === 0 ? 'no Campaign instance' : `instance${instances.length === 1 ? '' : 's'} ${instances.map((i) => i.name).join(', ')}`;
    const lines = [`Found ${found}${enterpriseDashboard.length > 0 ? ` and ${enterpriseDashboard.length} Admin Console export(s)` : ''} in ${outcome.setup.filesScanned} file(s).`];
    for (const path of outcome.written)
        lines.push(`Wrote ${show(path)}`);
    for (const path of outcome.kept)
        lines.push(`Kept ${show(path)}: it already exists (use --force to overwrite)`);
    if (outcome.written.length > 0)
        lines.push('', 'Next: review the files, run `npx ims-gate check`, then commit them.');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./.tmp/build/lib/cli/run.js
// The CLI: argument parsing, then the same pipeline as the action. Exit codes: 0 clean, 1 findings at or
// above --fail-on, 2 usage or config error (one line on standard error: see errors.ts).














const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
const USAGE = `Usage:
  ims-gate check [root] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--base REF] [--output FILE]
  ims-gate explain "<symptom>" [root] [--config FILE]
${BASELINE_USAGE}
${INIT_USAGE}
  ims-gate --version | --help

  --format    ${FORMAT_NAMES.join(' | ')}  (default: stylish)
  --fail-on   ${FAIL_ON_LEVELS.join(' | ')}  (default: error)
  --base      git ref of the base revision, for restart detection
  --output    write the report to FILE (creating its folders) instead of standard output

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error (one line on standard error).
The client secret to compare with a manifest's clientSecretSha256 is read from IMS_CLIENT_SECRET.`;
const run_OPTIONS = {
    config: { type: 'string', short: 'c' },
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parseFailOn(value) {
    if (value === undefined)
        return 'error';
    if (!FAIL_ON_LEVELS.includes(value))
        throw new UserError('--fail-on', `invalid value '${value}'. Expected one of ${FAIL_ON_LEVELS.join(', ')}.`);
    return value;
}
/** The --base value, checked before anything runs: git never sees it unless it is a plain revision. */
function parseBase(value) {
    if (value === undefined)
        return undefined;
    const problem = baseRevisionProblem(value);
    if (problem)
        throw new UserError('--base', `invalid value '${quoteValue(value)}': ${problem}. ${BASE_REVISION_EXPECTED}.`);
    return value;
}
function scanOptions(values, root, io) {
    return {
        root,
        configPath: values.config,
        failOn: parseFailOn(values['fail-on']),
        baseRef: parseBase(values.base),
        log: (line) => io.stderr(`${line}\n`),
        secrets: { clientSecret: io.env.IMS_CLIENT_SECRET || undefined },
    };
}
async function check(values, positionals, io, onlyRules, after) {
    const root = scanRoot(positionals, onlyRules ? 'explain' : 'check');
    const formatName = values.format ?? 'stylish';
    const format = formatNamed(formatName);
    if (!format)
        throw new UserError('--format', `unknown format '${formatName}'. Expected one of ${FORMAT_NAMES.join(', ')}.`);
    checkOutputPath(values.output);
    const outcome = await scan({ ...scanOptions(values, root, io), onlyRules });
    const text = format(outcome.report, { root: (0,external_node_path_namespaceObject.resolve)(root), color: io.isTty && !values['no-color'] && !io.env.NO_COLOR });
    if (values.output)
        writeOutput(values.output, text);
    else
        io.stdout(text);
    after?.(outcome);
    if (outcome.configInvalid) {
        io.stderr(`ims-gate: ${configProblemsLine(outcome.report)}\n`);
        return EXIT_USAGE;
    }
    return outcome.report.verdict.result === 'fail' ? EXIT_FINDINGS : EXIT_CLEAN;
}
async function explain(values, positionals, io) {
    const [symptom, ...rest] = positionals;
    if (!symptom)
        throw new UserError('explain', 'needs the symptom your users see, e.g. ims-gate explain "redirected to adobe.com"');
    scanRoot(rest, 'explain');
    const matches = matchSymptoms(symptom, loadRuleMetadata().values());
    if (matches.length === 0) {
        const known = [...new Set([...loadRuleMetadata().values()].flatMap((meta) => meta.symptoms))];
        throw new UserError('explain', `no known symptom matches "${symptom}". Known symptoms: ${known.join('; ')}.`);
    }
    const ruleIds = [...new Set(matches.flatMap((match) => match.ruleIds))].sort();
    for (const match of matches)
        io.stderr(`Symptom: ${match.symptom}\nExplained by: ${match.ruleIds.join(', ')}\n\n`);
    return check(values, rest, io, ruleIds, (outcome) => {
        const unreadable = outcome.model?.problems.length ?? 0;
        if (unreadable > 0)
            io.stderr(`Note: ${unreadable} file problem(s) kept some configuration from being read; \`ims-gate check\` lists them (IMS000).\n`);
    });
}
const COMMANDS = ['check', 'explain', 'baseline', 'init'];
async function runCli(argv, io) {
    try {
        if (argv[0] === 'baseline')
            return await baselineCommand(argv.slice(1), io);
        if (argv[0] === 'init')
            return await initCommand(argv.slice(1), io);
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: run_OPTIONS, allowPositionals: true, strict: true });
        rejectEmptyValues(values);
        if (values.version) {
            io.stdout(`${toolVersion()}\n`);
            return EXIT_CLEAN;
        }
        if (values.help) {
            io.stdout(`${USAGE}\n`);
            return EXIT_CLEAN;
        }
        const [command, ...rest] = positionals;
        if (command === 'check')
            return await check(values, rest, io);
        if (command === 'explain')
            return await explain(values, rest, io);
        const expected = `Expected one of ${COMMANDS.join(', ')} (${HELP_HINT}).`;
        if (command === undefined)
            throw new UserError('<command>', `missing. ${expected}`);
        throw new UserError(command, `unknown command. ${expected}`);
    }
    catch (error) {
        // An internal error's stack may quote a value the scan saw; the runtime client secret is never printed.
        const secret = io.env.IMS_CLIENT_SECRET;
        const report = errorReport(error);
        io.stderr(secret ? report.replaceAll(secret, '***') : report);
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(790);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
