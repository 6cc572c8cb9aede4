'use strict';

// Starts `runbook lsp` for .runbook files. The server does the work (diagnostics, completion, hover,
// definitions, references, outline, formatting); this file only says how to start it.

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function createClient() {
    const settings = vscode.workspace.getConfiguration('runbook.server');
    const command = settings.get('command', 'runbook');
    const plugins = settings.get('plugins', []);
    const args = ['lsp', ...plugins.flatMap((plugin) => ['--plugin', plugin])];

    // With no transport given, the client talks to the process over its standard input and output.
    return new LanguageClient('runbook', 'Runbook', { command, args }, {
        documentSelector: [
            { scheme: 'file', language: 'runbook' },
            { scheme: 'untitled', language: 'runbook' },
        ],
    });
}

async function restart() {
    if (client) {
        await client.stop();
    }

    client = createClient();
    await client.start();
}

function activate(context) {
    // A different command or plugin list needs a new server process.
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('runbook.server')) {
            restart();
        }
    }));
    return restart();
}

function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
