import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readKnowledgeDir, readWardDefinition } from "../server/knowledge/knowledge-files";
import { entryReply } from "../server/assistant/entry-reply";
import { renderEntryAnswer } from "../server/knowledge/render-answer";
import { wardFromDefinition } from "../server/cli/kb-check";
