/** The archive's topics and genres: data in content/topics.yaml and content/genres.yaml, read by src/lib/content/topics.ts. */
export { genre, genreName, taxonomy, topic, topicName, topics } from '../lib/content/topics.ts';
