// Reads news.articles.enriched from a running newsflow and decodes each record with Confluent's own
// Avro deserializer (@confluentinc/schemaregistry) through the registry URL `newsflow demo` printed.
//   node read-enriched.mjs [bootstrap=127.0.0.1:9092] [registry=http://127.0.0.1:8081/apis/ccompat/v7] [max=5]
import { Kafka, logLevel } from 'kafkajs';
import { SchemaRegistryClient, AvroDeserializer, SerdeType } from '@confluentinc/schemaregistry';

const [bootstrap = '127.0.0.1:9092', registryUrl = 'http://127.0.0.1:8081/apis/ccompat/v7', maxArg = '5'] = process.argv.slice(2);
const max = Number(maxArg);
const topic = 'news.articles.enriched';
const registry = new SchemaRegistryClient({ baseURLs: [registryUrl] });
const avro = new AvroDeserializer(registry, SerdeType.VALUE, {});
const kafka = new Kafka({ clientId: 'newsflow-interop', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
const consumer = kafka.consumer({ groupId: `newsflow-interop-${Date.now()}`, readUncommitted: false });

let seen = 0;
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
const done = new Promise((resolve) => {
  const timer = setTimeout(resolve, 20000);
  consumer.run({
    eachMessage: async ({ message }) => {
      const article = await avro.deserialize(topic, message.value);
      console.log(JSON.stringify({ articleId: article.articleId, title: article.title,
        entities: article.entities.slice(0, 5).map((e) => `${e.canonical} (${e.type})`),
        dates: article.dates.slice(0, 3).map((d) => `${d.text} → ${d.value}`) }));
      if (++seen >= max) { clearTimeout(timer); resolve(); }
    },
  });
});
await done;
await consumer.disconnect();
console.error(`decoded ${seen} record(s) from ${topic} with Confluent's AvroDeserializer`);
process.exit(seen > 0 ? 0 : 1);
