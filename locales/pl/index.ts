// Every namespace of this language in one chunk, loaded only when the language is used.
// The topic texts (topics.json) are left out: lib/topics/load.ts loads them when the topics
// screen opens, so the chunk the popup awaits at start stays small.
export default import.meta.glob<Record<string, unknown>>(['./*.json', '!./topics.json'], { eager: true, import: 'default' });
