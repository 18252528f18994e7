/**
 * Reads a JSON document whose top level is an object, in pieces: each member is handed over as it ends, and the
 * elements of a top-level array one at a time, as raw JSON text. Memory stays bounded by the largest element, so a
 * register of several hundred megabytes is read as a stream (the FINESS "finess-structures" file: one element of
 * `pmej` per legal entity). Pure and synchronous: feed it text chunks in order (any split), then call `end()`.
 */

export interface TopLevelItem {
  /** the member's key */
  key: string;
  /** raw JSON text of the member's value, or of one element when the value is an array */
  text: string;
  /** index of the element in the array, or -1 for a member that is not an array */
  index: number;
}

type State =
  | 'start' // before the top-level '{'
  | 'key' // expecting a key (or '}')
  | 'colon'
  | 'value' // expecting a member's value
  | 'array' // inside a top-level array, expecting an element (or ']')
  | 'after-element' // after an element: ',' or ']'
  | 'after-value' // after a member: ',' or '}'
  | 'done';

const WS = new Set([' ', '\t', '\n', '\r']);

export class TopLevelJsonReader {
  private state: State = 'start';
  /** nesting depth inside the value or element being captured (0: not capturing) */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private capturing = false;
  private buf = '';
  private key = '';
  private readingKey = false;
  private index = -1;
  private inArray = false;
  private readonly out: TopLevelItem[] = [];

  /** Feeds a chunk; returns the items completed by it. Throws on text that is not such a document. */
  push(chunk: string): TopLevelItem[] {
    for (let i = 0; i < chunk.length; i++) this.step(chunk[i] as string);
    return this.out.splice(0);
  }

  /** Ends the input; throws if the document is incomplete. */
  end(): TopLevelItem[] {
    if (this.capturing && this.depth === 0 && !this.inString) this.finishScalar();
    if (this.state !== 'done') throw new Error('JSON document ends too early');
    return this.out.splice(0);
  }

  private fail(c: string): never {
    throw new Error(`unexpected "${c}" in state ${this.state} (top-level JSON object expected)`);
  }

  private emit(): void {
    this.out.push({ key: this.key, text: this.buf, index: this.inArray ? this.index : -1 });
    this.buf = '';
    this.capturing = false;
  }

  /** A number, true, false or null ends at the first delimiter. */
  private finishScalar(): void {
    this.buf = this.buf.trim();
    this.emit();
    this.state = this.inArray ? 'after-element' : 'after-value';
  }

  private startCapture(c: string): void {
    this.capturing = true;
    this.buf = '';
    this.depth = 0;
    this.capture(c);
  }

  /** One character of a captured value: strings, nesting, and the end of the value. */
  private capture(c: string): void {
    if (this.inString) {
      this.buf += c;
      if (this.escaped) this.escaped = false;
      else if (c === '\\') this.escaped = true;
      else if (c === '"') {
        this.inString = false;
        if (this.depth === 0) this.end1();
      }
      return;
    }
    if (this.depth === 0 && this.buf !== '' && (c === ',' || c === ']' || c === '}' || WS.has(c))) {
      // end of a number or literal
      this.finishScalar();
      this.step(c);
      return;
    }
    this.buf += c;
    if (c === '"') this.inString = true;
    else if (c === '{' || c === '[') this.depth++;
    else if (c === '}' || c === ']') {
      this.depth--;
      if (this.depth === 0) this.end1();
      else if (this.depth < 0) this.fail(c);
    }
  }

  /** A string, object or array value is complete. */
  private end1(): void {
    this.emit();
    this.state = this.inArray ? 'after-element' : 'after-value';
  }

  private step(c: string): void {
    if (this.capturing) {
      this.capture(c);
      return;
    }
    if (this.readingKey) {
      if (this.escaped) {
        this.key += c;
        this.escaped = false;
      } else if (c === '\\') {
        this.key += c;
        this.escaped = true;
      } else if (c === '"') {
        this.readingKey = false;
        this.key = JSON.parse(`"${this.key}"`) as string;
        this.state = 'colon';
      } else this.key += c;
      return;
    }
    if (WS.has(c)) return;
    switch (this.state) {
      case 'start':
        if (c === '{') this.state = 'key';
        else this.fail(c);
        return;
      case 'key':
        if (c === '"') {
          this.readingKey = true;
          this.key = '';
        } else if (c === '}') this.state = 'done';
        else this.fail(c);
        return;
      case 'colon':
        if (c === ':') this.state = 'value';
        else this.fail(c);
        return;
      case 'value':
        if (c === ',' || c === '}' || c === ']' || c === ':') this.fail(c);
        if (c === '[') {
          this.inArray = true;
          this.index = -1;
          this.state = 'array';
        } else {
          this.inArray = false;
          this.startCapture(c);
        }
        return;
      case 'array':
        if (c === ',' || c === '}' || c === ':') this.fail(c);
        if (c === ']') {
          this.inArray = false;
          this.state = 'after-value';
        } else {
          this.index++;
          this.startCapture(c);
        }
        return;
      case 'after-element':
        if (c === ',') this.state = 'array';
        else if (c === ']') {
          this.inArray = false;
          this.state = 'after-value';
        } else this.fail(c);
        return;
      case 'after-value':
        if (c === ',') this.state = 'key';
        else if (c === '}') this.state = 'done';
        else this.fail(c);
        return;
      case 'done':
        this.fail(c);
    }
  }
}
