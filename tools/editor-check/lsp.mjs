// A minimal Language Server Protocol client over stdio: enough to open documents, wait for their
// diagnostics and ask for completion and hover. Used by check.mjs; no dependency but Node.
import { spawn } from 'node:child_process';

export class Lsp {
  constructor(command, args, settings) {
    this.settings = settings;
    this.proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.diagnostics = new Map(); // uri -> [{version, diagnostics}]
    this.waiters = [];
    this.proc.stdout.on('data', (chunk) => this.receive(chunk));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(JSON.stringify(message.error)));
      else waiting.resolve(message.result);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const list = this.diagnostics.get(message.params.uri) || [];
      list.push(message.params.diagnostics);
      this.diagnostics.set(message.params.uri, list);
      this.waiters = this.waiters.filter((w) => !w());
    } else if (message.id !== undefined) {
      // a request from the server: workspace/configuration, client/registerCapability...
      let result = null;
      if (message.method === 'workspace/configuration') {
        result = message.params.items.map((item) => (item.section ? this.settings[item.section] ?? null : this.settings));
      }
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document and returns the diagnostics the server publishes for it. */
  open(uri, text) {
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return this.diagnosticsOf(uri);
  }

  close(uri) {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  diagnosticsOf(uri, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
      const check = () => {
        const list = this.diagnostics.get(uri);
        if (!list) return false;
        clearTimeout(timer);
        // the server may publish again once the schema is loaded: wait a little for a later set
        setTimeout(() => resolve(this.diagnostics.get(uri).at(-1)), 300);
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
  }

  async shutdown() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    this.proc.stdin.end();
  }
}
