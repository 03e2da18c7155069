import FrontDoor from '../_components/front-door/FrontDoor';

export default function FrontDoorPage() {
  return <FrontDoor />;
}
