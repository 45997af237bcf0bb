// Clauses 1–14. Owned by the group-A author.
import type { MeasureDef } from "../core/measure";
import c01NationalKeyLab from "./c01-national-key-lab";
import c01NationalInnovationCenter from "./c01-national-innovation-center";
import c01ProvincialInnovationCommunity from "./c01-provincial-innovation-community";
import c01ManufacturingInnovationCenter from "./c01-manufacturing-innovation-center";
import c01ProvincialPlatform from "./c01-provincial-platform";
import c01MunicipalPlatform from "./c01-municipal-platform";
import c04NewRndInstitution from "./c04-new-rnd-institution";
import c04OffsiteRndCenter from "./c04-offsite-rnd-center";
import c05AgriParkUpgrade from "./c05-agri-park-upgrade";
import c07KeyTechProject from "./c07-key-tech-project";
import c09 from "./c09-rnd-increment";
import c11UniversityJointRnd from "./c11-university-joint-rnd";
import c13EventHost from "./c13-event-host";
import c14TechContract from "./c14-tech-contract";
import c14TransferAgency from "./c14-transfer-agency";

export const groupA = [
  c01NationalKeyLab,
  c01NationalInnovationCenter,
  c01ProvincialInnovationCommunity,
  c01ManufacturingInnovationCenter,
  c01ProvincialPlatform,
  c01MunicipalPlatform,
  c04NewRndInstitution,
  c04OffsiteRndCenter,
  c05AgriParkUpgrade,
  c07KeyTechProject,
  c09,
  c11UniversityJointRnd,
  c13EventHost,
  c14TechContract,
  c14TransferAgency,
] as unknown as MeasureDef[];
