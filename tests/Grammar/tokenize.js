'use strict';

// Tokenizes runbooks with the TextMate grammar the way VS Code does (vscode-textmate on the Oniguruma regex
// engine) and writes, for each file, every token with its scopes: the snapshot GrammarSnapshotTests compares.
//
//   node tokenize.js --grammar ../../grammar/runbook.tmLanguage.json --out DIR FILE.runbook...
//
// Each line of the output is `LINE:START-END 'text' scope scope...`, 1-based line, 0-based columns, without
// the root scope source.runbook; whitespace that carries no other scope is left out.

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT_SCOPE = 'source.runbook';

function parseArguments(argv) {
    const options = { grammar: null, out: null, files: [] };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--grammar') {
            options.grammar = argv[++i];
        } else if (argv[i] === '--out') {
            options.out = argv[++i];
        } else {
            options.files.push(argv[i]);
        }
    }

    if (!options.grammar || !options.out || options.files.length === 0) {
        throw new Error('usage: node tokenize.js --grammar GRAMMAR.json --out DIR FILE.runbook...');
    }

    return options;
}

async function loadGrammar(grammarPath) {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));

    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName) => scopeName === ROOT_SCOPE
            ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
            : null,
    });
    return registry.loadGrammar(ROOT_SCOPE);
}

function describe(grammar, text) {
    const output = [];
    let ruleStack = vsctm.INITIAL;
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((line, index) => {
        const result = grammar.tokenizeLine(line, ruleStack);
        for (const token of result.tokens) {
            const end = Math.min(token.endIndex, line.length);
            const tokenText = line.substring(token.startIndex, end);
            const scopes = token.scopes.filter((scope) => scope !== ROOT_SCOPE);
            if (tokenText.length === 0 || (scopes.length === 0 && tokenText.trim() === '')) {
                continue;
            }

            const where = `${index + 1}:${token.startIndex}-${end}`;
            output.push(`${where} ${JSON.stringify(tokenText)} ${scopes.join(' ')}`.trimEnd());
        }

        ruleStack = result.ruleStack;
    });
    return output.join('\n') + '\n';
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const grammar = await loadGrammar(options.grammar);
    fs.mkdirSync(options.out, { recursive: true });
    for (const file of options.files) {
        const snapshot = describe(grammar, fs.readFileSync(file, 'utf8'));
        fs.writeFileSync(path.join(options.out, path.basename(file) + '.scopes.txt'), snapshot);
    }
}

main().catch((error) => {
    console.error(error.message);
    process.exit(1);
});
